#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace AllianceDesk {

/// ISO 3166-1 countries from Debian's iso-codes data (never a hand-written list).
class CountryCatalog
{
public:
    /// The catalog read from the system's iso-codes (once per process).
    static const CountryCatalog &instance();
    explicit CountryCatalog(const QString &jsonPath);

    bool isLoaded() const { return !m_names.isEmpty(); }
    /// True when @p alpha2 is an assigned ISO 3166-1 code (any code of two capitals when iso-codes is missing).
    bool isValid(const QString &alpha2) const;
    /// The English short name, or the code itself when unknown.
    QString name(const QString &alpha2) const;
    QStringList codes() const { return m_names.keys(); }

private:
    QHash<QString, QString> m_names;
};

} // namespace AllianceDesk
