#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace AllianceDesk {

/**
 * Brings a database to the latest schema with the numbered scripts in `:/schema` (001_initial.sql, ...),
 * all in one transaction: a failure leaves the file at its earlier version.
 */
class Migrator
{
public:
    explicit Migrator(QSqlDatabase db);

    static int latestVersion();
    /// The statements of migration @p version, split on the "-- ;" separator lines.
    static QStringList statements(int version);

    /// Migrates to @p targetVersion (default: the latest). Never downgrades.
    void migrate(int targetVersion = -1);

private:
    int currentVersion() const;

    QSqlDatabase m_db;
};

} // namespace AllianceDesk
