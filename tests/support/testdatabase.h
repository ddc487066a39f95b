#pragma once

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace AllianceDesk::Test {

/// A fresh database in its own temporary folder, removed with the object.
class TestDatabase
{
public:
    explicit TestDatabase(bool withSample = false);

    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Closes and reopens the file (as another session would see it).
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

/// The whole contents of a database as text (schema and every row, in a stable order), for comparing states.
QString dumpDatabase(const QSqlDatabase &db);
/// The bytes of a file, for checking that a refused file was left exactly as it was.
QByteArray fileBytes(const QString &path);

} // namespace AllianceDesk::Test
