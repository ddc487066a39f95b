#include "commandcontext.h"
#include "commands.h"

#include "domain/contactvalues.h"
#include "listing/listformatter.h"
#include "listing/recordlister.h"
#include "sample/samplealliance.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/integritychecker.h"
#include "storage/statistics.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}
} // namespace

int runInit(CommandContext &context, QStringList arguments)
{
    const bool sample = CommandContext::takeFlag(arguments, u"--sample"_s);
    CommandContext::requireNoMoreArguments(arguments);
    const bool existed = QFileInfo::exists(context.databasePath());
    auto database = Database::open(context.databasePath(), Database::OpenMode::CreateOrAdopt);
    for (const QString &notice : database->notices())
        context.printError(notice + u'\n');
    if (sample) {
        database->requireWritable();
        SampleAlliance::load(*database);
    }
    const QString where = QDir::toNativeSeparators(database->path());
    if (sample)
        context.print(
            tr("%1 now holds the sample alliance (data format %2).\n").arg(where).arg(database->schemaVersion()));
    else if (existed)
        context.print(
            tr("%1 is an AllianceDesk database (data format %2).\n").arg(where).arg(database->schemaVersion()));
    else
        context.print(
            tr("Created the empty database %1 (data format %2).\n").arg(where).arg(database->schemaVersion()));
    return CommandContext::ExitSuccess;
}

int runList(CommandContext &context, QStringList arguments)
{
    const QString formatName = CommandContext::takeOption(arguments, u"--format"_s, u"table"_s);
    const QString search = CommandContext::takeOption(arguments, u"--search"_s);
    const QString viewName = CommandContext::takeOption(arguments, u"--view"_s);
    if (arguments.isEmpty() && viewName.isEmpty())
        throw UsageError{tr("Which list? One of: networks, organisations, people, memberships, secretariat-terms, "
                            "programs, support-groups, meetings, events, concerns; or --view NAME.")};
    const QString listName = arguments.isEmpty() ? QString() : arguments.takeFirst();
    CommandContext::requireNoMoreArguments(arguments);
    if (!listName.isEmpty() && !listKindFromName(listName))
        throw UsageError{tr("There is no list called “%1”.").arg(listName)};
    const std::optional<ListFormatter::Format> format = ListFormatter::formatFromName(formatName);
    if (!format)
        throw UsageError{tr("Unknown format “%1”: use table, csv or json.").arg(formatName)};

    auto database = context.openDatabase();
    const SavedView state = listToRead(database->connection(), listName, viewName, search);
    RecordLister lister(database->connection(), state.kind);
    state.applyTo(lister);
    ListFormatter(lister.definition()).write(context.out(), lister.fetchAll(), *format);
    return CommandContext::ExitSuccess;
}

int runStats(CommandContext &context, QStringList arguments)
{
    const QString format = CommandContext::takeOption(arguments, u"--format"_s, u"table"_s);
    CommandContext::requireNoMoreArguments(arguments);
    if (format != u"table"_s && format != u"json"_s)
        throw UsageError{tr("Unknown format “%1”: use table or json.").arg(format)};
    auto database = context.openDatabase();
    const auto counts = recordCounts(database->connection());
    if (format == u"json"_s) {
        QJsonObject object;
        for (const auto &[name, count] : counts)
            object.insert(name, count);
        context.out().write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &[name, count] : counts)
            context.print(u"%1  %2\n"_s.arg(name, -20).arg(count));
    }
    return CommandContext::ExitSuccess;
}

int runCheck(CommandContext &context, QStringList arguments)
{
    CommandContext::requireNoMoreArguments(arguments);
    auto database = context.openDatabase();
    const IntegrityChecker checker(database->connection());
    const QList<IntegrityProblem> problems = checker.run();
    // Values kept as written because they could not be verified are listed, but are no broken rule: they alone
    // leave the exit status 0.
    const QList<IntegrityProblem> warnings = checker.warnings();
    const QString where = QDir::toNativeSeparators(database->path());
    // A stored value that breaks a rule is named by its record and field, in the words a form or an import would use
    // for the same value: "Organisation “X”: email “x” is not an email address (expected name@example.org)".
    for (const IntegrityProblem &problem : problems) {
        if (problem.field.isEmpty())
            context.print(u"%1: %2\n"_s.arg(problem.record, problem.rule));
        else
            context.print(u"%1: %2 %3\n"_s.arg(problem.record, problem.field, problem.rule));
    }
    for (const IntegrityProblem &warning : warnings)
        context.print(tr("%1: warning: %2\n").arg(warning.record, warning.rule));
    const QString unverified =
        warnings.isEmpty() ? QString()
                           : QCoreApplication::translate("CommandLine",
                                                         "%n value(s) kept as written could not be verified (find them "
                                                         "with: list organisations --search %1, list people --search "
                                                         "%1).",
                                                         nullptr, static_cast<int>(warnings.size()))
                                 .arg(ContactValues::unverifiedFilterWord());
    if (problems.isEmpty()) {
        context.print(unverified.isEmpty() ? tr("%1: no problems found.\n").arg(where)
                                           : tr("%1: no problems found; %2\n").arg(where, unverified));
        return CommandContext::ExitSuccess;
    }
    context.printError(QCoreApplication::translate("CommandLine", "%1: %n problem(s) found.\n", nullptr,
                                                   static_cast<int>(problems.size()))
                           .arg(where));
    if (!unverified.isEmpty())
        context.printError(unverified + u'\n');
    return CommandContext::ExitRejected;
}

int runBackup(CommandContext &context, QStringList arguments)
{
    if (arguments.size() != 1)
        throw UsageError{tr("backup needs exactly one argument: the file to write.")};
    auto database = context.openDatabase();
    database->backupTo(arguments.constFirst());
    context.print(tr("Backed up %1 to %2.\n")
                      .arg(QDir::toNativeSeparators(database->path()),
                           QDir::toNativeSeparators(QFileInfo(arguments.constFirst()).absoluteFilePath())));
    return CommandContext::ExitSuccess;
}

int runBackups(CommandContext &context, QStringList arguments)
{
    const bool json = CommandContext::takeJsonFormat(arguments);
    CommandContext::requireNoMoreArguments(arguments);
    auto database = context.openDatabase();
    const BackupStore store(database->path());
    const QList<BackupStore::Backup> backups = store.list();
    if (json) {
        QJsonArray array;
        for (const BackupStore::Backup &backup : backups) {
            array.append(QJsonObject{{u"name"_s, QFileInfo(backup.path).fileName()},
                                     {u"path"_s, backup.path},
                                     {u"kind"_s, BackupStore::kindName(backup.kind)},
                                     {u"made"_s, backup.made.toString(Qt::ISODate)},
                                     {u"size"_s, backup.size}});
        }
        context.print(QString::fromUtf8(QJsonDocument(array).toJson()));
        return CommandContext::ExitSuccess;
    }
    if (backups.isEmpty()) {
        context.print(tr("There are no backups of %1 in %2 yet.\n")
                          .arg(QDir::toNativeSeparators(database->path()), QDir::toNativeSeparators(store.folder())));
        return CommandContext::ExitSuccess;
    }
    context.print(tr("Backups of %1 in %2, newest first:\n")
                      .arg(QDir::toNativeSeparators(database->path()), QDir::toNativeSeparators(store.folder())));
    for (const BackupStore::Backup &backup : backups) {
        context.print(u"  %1  %2  %3  %4 KB\n"_s
                          .arg(QFileInfo(backup.path).fileName(), backup.made.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s),
                               BackupStore::kindName(backup.kind).leftJustified(16))
                          .arg((backup.size + 1023) / 1024));
    }
    return CommandContext::ExitSuccess;
}

int runRestore(CommandContext &context, QStringList arguments)
{
    if (arguments.size() != 1)
        throw UsageError{tr("restore needs exactly one argument: the backup (a file, or a name that backups lists).")};
    auto database = context.openDatabase(CommandContext::DailyBackup::Skip);
    const QString backup = BackupStore(database->path()).resolve(arguments.constFirst());
    const QString replaced = database->restoreFrom(backup);
    context.print(tr("Restored %1 from %2; the data it held before is in %3.\n")
                      .arg(QDir::toNativeSeparators(database->path()), QDir::toNativeSeparators(backup),
                           QDir::toNativeSeparators(replaced)));
    return CommandContext::ExitSuccess;
}

} // namespace AllianceDesk
