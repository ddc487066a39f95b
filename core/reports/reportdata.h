#pragma once

#include <QCryptographicHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace AllianceDesk {

/**
 * The only way the reports read the database: every value a report reads is also fed, in order, to a SHA-256
 * hash, so the hash fingerprints exactly the data the report was made from (and nothing else: not the date made,
 * not the UI language).
 */
class ReportData
{
public:
    explicit ReportData(QSqlDatabase db);

    using Bindings = std::initializer_list<std::pair<QString, QVariant>>;
    /// Runs @p sql (named placeholders) and returns every row; each value is hashed.
    QList<QVariantList> rows(const QString &sql, Bindings bindings = {});
    /// The first value of the first row, or a null QVariant.
    QVariant value(const QString &sql, Bindings bindings = {});

    QSqlDatabase db() const { return m_db; }
    /// The hexadecimal SHA-256 of everything read so far.
    QByteArray hash() const;

private:
    QSqlDatabase m_db;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace AllianceDesk
