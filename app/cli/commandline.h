#pragma once

#include <QStringList>

#include <memory>

class QIODevice;

namespace AllianceDesk {

class Database;

/**
 * `alliancedesk-cli [--db PATH] COMMAND ...`: parses the arguments and runs one command against the core.
 * Errors go to the error stream in one sentence; the exit status says what happened.
 */
class CommandLine
{
public:
    enum ExitCode
    {
        ExitSuccess = 0,
        ExitUsage = 1,    ///< the command line itself is wrong
        ExitRejected = 2, ///< the data was rejected (a rule, a check that found problems)
        ExitFatal = 3,    ///< the database cannot be opened, or another fatal error
    };

    CommandLine(QIODevice &out, QIODevice &err);
    int run(const QStringList &arguments);

private:
    int runCommand(const QString &command, QStringList arguments);
    int init(QStringList arguments);
    int list(QStringList arguments);
    int stats(QStringList arguments);
    int check(QStringList arguments);
    int backup(QStringList arguments);

    std::unique_ptr<Database> openDatabase();
    /// Removes `--name VALUE` (or `--name=VALUE`) from @p arguments; returns VALUE or @p fallback.
    static QString takeOption(QStringList &arguments, const QString &name, const QString &fallback = QString());
    static bool takeFlag(QStringList &arguments, const QString &name);
    void usageError(const QString &message);
    void print(const QString &text);
    void printError(const QString &text);
    static QString usage();

    QIODevice &m_out;
    QIODevice &m_err;
    QString m_databasePath;
};

} // namespace AllianceDesk
