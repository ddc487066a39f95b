#pragma once

#include <QStringList>

class QIODevice;

namespace AllianceDesk {

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
    QIODevice &m_out;
    QIODevice &m_err;
};

} // namespace AllianceDesk
