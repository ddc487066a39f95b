#include "commandline.h"

#include "commandcontext.h"
#include "commands.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const Command commands[] = {
    {"import", &runImport},   {"imports", &runImports},   {"undo-import", &runUndoImport},
    {"init", &runInit},       {"list", &runList},         {"stats", &runStats},
    {"check", &runCheck},     {"backup", &runBackup},     {"report", &runReport},
    {"export", &runExport},   {"generate", &runGenerate}, {"backups", &runBackups},
    {"restore", &runRestore}, {"views", &runViews},       {"view", &runView},
};

} // namespace

CommandLine::CommandLine(QIODevice &out, QIODevice &err)
    : m_out(out)
    , m_err(err)
{}

QString CommandLine::usage()
{
    return tr("Usage: alliancedesk-cli [--db PATH] COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  init [--sample]            create the database (with the sample alliance)\n"
              "  list LIST|--view NAME [--format table|csv|json] [--search TEXT]\n"
              "                             LIST: networks, organisations, people, memberships,\n"
              "                             secretariat-terms, programs, support-groups, meetings,\n"
              "                             events, concerns; --view NAME: a saved search\n"
              "  stats [--format table|json]  how many records of each kind\n"
              "  check                      check the file and every rule of the alliance model\n"
              "  backup FILE                write a consistent copy, even while the database is in use\n"
              "  backups [--format text|json]  the backups AllianceDesk made by itself (daily, before imports,\n"
              "                             migrations and restores), in the backups folder beside the database\n"
              "  restore BACKUP             replace the data with a backup's (the current data is backed up\n"
              "                             first); BACKUP is a file or a name that backups lists\n"
              "  import organisations|people|meetings|participants FILE [--encoding auto|NAME]\n"
              "         [--delimiter auto|comma|semicolon|tab|pipe] [--map \"HEADER=field\"]...\n"
              "         [--network NAME [--status CODE] [--role CODE] [--joined DATE]]\n"
              "         [--on-duplicate skip|update|create] [--date-order auto|dmy|mdy]\n"
              "         [--country \"NAME=CC\"]... [--dry-run] [--errors OUT.csv] [--format text|json]\n"
              "                             import a CSV file as one batch that can be undone;\n"
              "                             --country gives the rows whose country NAME fits several\n"
              "                             countries (\"Congo\") the country CC, where the row does not say\n"
              "                             which (without it, such rows are rejected)\n"
              "  imports [--format text|json]  the import batches\n"
              "  undo-import ID             undo one import batch exactly\n"
              "  report REPORT --out FILE.pdf [--network NAME] [--from DATE] [--to DATE]\n"
              "         [--country CC] [--page-size A4|Letter] [--columns KEY,...] [--include-protected]\n"
              "         [--view NAME]\n"
              "                             REPORT: member-directory, network-profile, program-reach,\n"
              "                             support-groups, events, membership-changes; --view: the member\n"
              "                             directory of the organisations a saved search lists\n"
              "  export LIST|--view NAME --out FILE.csv|FILE.xlsx [--search TEXT] [--encoding excel|utf8]\n"
              "         [--delimiter comma|semicolon|tab] [--codes]\n"
              "                             a list (or what a search finds) as CSV or XLSX, with the\n"
              "                             list's titles and labels; --codes: keys and stored codes for\n"
              "                             other programs; the CSV's separator defaults to the one Excel\n"
              "                             expects in your locale (a comma with --codes)\n"
              "  views [--format text|json]  the saved searches\n"
              "  view save NAME --list LIST [--search TEXT] [--filter KEY=VALUE]... [--sort KEY [--descending]]\n"
              "         [--replace]\n"
              "                             save a search (KEY: a column of the list, e.g. network, status,\n"
              "                             country); view rename NAME NEW-NAME; view delete NAME\n"
              "  generate --organisations N --people N [--seed S]\n"
              "                             add synthetic mixed-script records (marked as sample)\n"
              "\n"
              "--db defaults to %1\n"
              "--user NAME records NAME as the author of changes in the audit trail (default: your account name)\n"
              "Exit status: 0 success, 1 usage, 2 data rejected, 3 cannot open or fatal.\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

int CommandLine::run(const QStringList &arguments)
{
    QStringList rest = arguments;
    CommandContext context(m_out, m_err, Database::defaultPath());
    try {
        if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
            context.print(usage());
            return CommandContext::ExitSuccess;
        }
        if (rest.contains(u"--version"_s)) {
            context.print(u"alliancedesk-cli %1\n"_s.arg(QCoreApplication::applicationVersion()));
            return CommandContext::ExitSuccess;
        }
        context.setDatabasePath(CommandContext::takeOption(rest, u"--db"_s, Database::defaultPath()));
        // The name the audit trail records for this run's changes (default: the OS account name).
        AuditLog::setUserName(CommandContext::takeOption(rest, u"--user"_s));
        if (rest.isEmpty())
            throw UsageError{tr("No command given.")};
        const QString name = rest.takeFirst();
        for (const Command &command : commands) {
            if (name == QLatin1StringView(command.name))
                return command.run(context, rest);
        }
        throw UsageError{tr("Unknown command “%1”.").arg(name)};
    } catch (const UsageError &error) {
        context.printError(error.message + u"\n"_s +
                           tr("Run “alliancedesk-cli --help” for the commands and options.\n"));
        return failed(context, arguments, error.message, CommandContext::ExitUsage);
    } catch (const RuleViolation &error) {
        context.printError(error.message() + u"\n"_s);
        return failed(context, arguments, error.message(), CommandContext::ExitRejected);
    } catch (const Error &error) {
        context.printError(error.message() + u"\n"_s);
        return failed(context, arguments, error.message(), CommandContext::ExitFatal);
    }
}

int CommandLine::failed(CommandContext &context, const QStringList &arguments, const QString &message, int exitCode)
{
    // A script that asked for JSON reads standard output as JSON, also when the command failed.
    const qsizetype format = arguments.indexOf(u"--format"_s);
    if (format >= 0 && arguments.value(format + 1) == u"json"_s) {
        const QJsonObject object{{u"error"_s, message}, {u"exit_code"_s, exitCode}};
        context.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    }
    return exitCode;
}

} // namespace AllianceDesk
