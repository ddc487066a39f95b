#pragma once

#include <QStringList>

namespace AllianceDesk {

class CommandContext;

/// One command of alliancedesk-cli: it takes its own arguments (after the command name) and returns the exit code.
using CommandFunction = int (*)(CommandContext &context, QStringList arguments);

struct Command
{
    const char *name;
    CommandFunction run;
};

// Each group of commands lives in its own file.
int runInit(CommandContext &context, QStringList arguments);       // basiccommands.cpp
int runList(CommandContext &context, QStringList arguments);       // basiccommands.cpp
int runStats(CommandContext &context, QStringList arguments);      // basiccommands.cpp
int runCheck(CommandContext &context, QStringList arguments);      // basiccommands.cpp
int runBackup(CommandContext &context, QStringList arguments);     // basiccommands.cpp
int runBackups(CommandContext &context, QStringList arguments);    // basiccommands.cpp
int runRestore(CommandContext &context, QStringList arguments);    // basiccommands.cpp
int runReport(CommandContext &context, QStringList arguments);     // reportcommands.cpp
int runExport(CommandContext &context, QStringList arguments);     // reportcommands.cpp
int runGenerate(CommandContext &context, QStringList arguments);   // generatecommand.cpp
int runImport(CommandContext &context, QStringList arguments);     // importcommands.cpp
int runImports(CommandContext &context, QStringList arguments);    // importcommands.cpp
int runUndoImport(CommandContext &context, QStringList arguments); // importcommands.cpp

} // namespace AllianceDesk
