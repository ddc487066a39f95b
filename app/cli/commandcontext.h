#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace AllianceDesk {

class Database;

/// A malformed command line: reported with a hint to --help, exit status 1.
struct UsageError
{
    QString message;
};

/// What every command of alliancedesk-cli works with: its output streams, its options and the database.
class CommandContext
{
public:
    enum ExitCode
    {
        ExitSuccess = 0,
        ExitUsage = 1,    ///< the command line itself is wrong
        ExitRejected = 2, ///< the data was rejected (a rule, a check that found problems)
        ExitFatal = 3,    ///< the database cannot be opened, or another fatal error
    };

    CommandContext(QIODevice &out, QIODevice &err, QString databasePath);

    QIODevice &out() { return m_out; }
    QIODevice &err() { return m_err; }
    const QString &databasePath() const { return m_databasePath; }
    void setDatabasePath(const QString &path) { m_databasePath = path; }

    void print(const QString &text);
    void printError(const QString &text);

    /// Opens the database named by --db; a missing file is refused (only `init` creates one).
    /// Skip: the command makes a backup of its own before it writes (import, restore), so the day's is not made too.
    enum class DailyBackup
    {
        IfDue,
        Skip,
    };
    std::unique_ptr<Database> openDatabase(DailyBackup dailyBackup = DailyBackup::IfDue) const;

    /// Removes `--name VALUE` (or `--name=VALUE`) from @p arguments; returns VALUE or @p fallback.
    static QString takeOption(QStringList &arguments, const QString &name, const QString &fallback = QString());
    /// Removes every `--name VALUE` from @p arguments and returns the values in order.
    static QStringList takeOptions(QStringList &arguments, const QString &name);
    static bool takeFlag(QStringList &arguments, const QString &name);
    /// `--format text|json` (text by default): true for json; any other value is a usage error.
    static bool takeJsonFormat(QStringList &arguments);
    static void requireNoMoreArguments(const QStringList &arguments);

private:
    QIODevice &m_out;
    QIODevice &m_err;
    QString m_databasePath;
};

} // namespace AllianceDesk
