#pragma once

#include "listing/savedview.h"

#include <QSqlDatabase>
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
int runViews(CommandContext &context, QStringList arguments);      // viewcommands.cpp
int runView(CommandContext &context, QStringList arguments);       // viewcommands.cpp

/**
 * What `list` and `export` read: list @p listName, or the saved search @p viewName (its list, search, filters and
 * sort; when both are given they must agree), with @p search, when not empty, instead of the saved one. Throws
 * UsageError for an unknown list or saved search. In viewcommands.cpp.
 */
SavedView listToRead(const QSqlDatabase &db, const QString &listName, const QString &viewName, const QString &search);

} // namespace AllianceDesk
