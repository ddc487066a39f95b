#pragma once

#include "storage/database.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
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

/**
 * The whole contents of a database as text (schema and every row, in a stable order), for comparing states. Rows
 * of the tables whose names start with one of @p skippedTables are left out (e.g. "audit_log": an undo adds to the
 * audit trail rather than erasing it).
 */
QString dumpDatabase(const QSqlDatabase &db, const QStringList &skippedTables = {});
/**
 * Writes at @p path an empty AllianceDesk database of the earlier data format @p version, as that version wrote it
 * (its migrations only), for the tests of opening and restoring older files. @p prepare runs on it, inside no
 * transaction, before the file is closed.
 */
void makeOldFormat(const QString &path, int version, const std::function<void(const QSqlDatabase &)> &prepare = {});
/**
 * The organisations whose membership of the sample alliance has @p status now (its latest change), in @p country (any
 * when empty) and of network @p network (its key in the file; any when empty), by name, read from the sample file
 * as shipped: what a list of the sample must show, worked out without the code under test.
 */
QStringList sampleMembers(const QString &status, const QString &country = {}, const QString &network = {});
/// Writes @p bytes to a new file @p name in @p test's folder (a partner's file to import, say); returns its path.
QString writeFile(const TestDatabase &test, const QString &name, const QByteArray &bytes);
/// Writes @p text, as UTF-8, to a new file @p name in @p dir; returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text);
/// The bytes of a file, for checking that a refused file was left exactly as it was.
QByteArray fileBytes(const QString &path);

} // namespace AllianceDesk::Test

namespace Catch {
// Readable QString values in failure messages.
template<>
struct StringMaker<QString>
{
    // Concatenated as QString: GCC 12 at -O3 warns falsely (-Wrestrict) on std::string's operator+.
    static std::string convert(const QString &value) { return QString(u'"' + value + u'"').toStdString(); }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return QString(u'[' + value.join(u'|') + u']').toStdString();
    }
};
} // namespace Catch
