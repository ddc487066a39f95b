#pragma once

#include <QStringList>

class QIODevice;

namespace AllianceDesk {

class CommandContext;

/**
 * `alliancedesk-cli [--db PATH] COMMAND ...`: finds the command and runs it against the core. Errors go to the
 * error stream in one sentence; the exit status says what happened (see CommandContext::ExitCode).
 */
class CommandLine
{
public:
    CommandLine(QIODevice &out, QIODevice &err);
    int run(const QStringList &arguments);

private:
    static QString usage();
    /// Ends a failed run: with --format json, the error also goes to standard output as JSON.
    static int failed(CommandContext &context, const QStringList &arguments, const QString &message, int exitCode);
    QIODevice &m_out;
    QIODevice &m_err;
};

} // namespace AllianceDesk
