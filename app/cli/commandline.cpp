#include "commandline.h"

#include "listing/listformatter.h"
#include "listing/recordlister.h"
#include "sample/samplealliance.h"
#include "storage/database.h"
#include "storage/integritychecker.h"
#include "storage/statistics.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

/// Thrown for a malformed command line; reported with the usage hint, exit 1.
struct UsageError
{
    QString message;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

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
              "  list LIST [--format table|csv|json] [--search TEXT]\n"
              "                             LIST: networks, organisations, people, memberships,\n"
              "                             secretariat-terms, programs, support-groups, meetings,\n"
              "                             events, concerns\n"
              "  stats [--format table|json]  how many records of each kind\n"
              "  check                      check the file and every rule of the alliance model\n"
              "  backup FILE                write a consistent copy, even while the database is in use\n"
              "\n"
              "--db defaults to %1\n"
              "Exit status: 0 success, 1 usage, 2 data rejected, 3 cannot open or fatal.\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

int CommandLine::run(const QStringList &arguments)
{
    QStringList rest = arguments;
    try {
        if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
            print(usage());
            return ExitSuccess;
        }
        if (rest.contains(u"--version"_s)) {
            print(u"alliancedesk-cli %1\n"_s.arg(QCoreApplication::applicationVersion()));
            return ExitSuccess;
        }
        m_databasePath = takeOption(rest, u"--db"_s, Database::defaultPath());
        if (rest.isEmpty())
            throw UsageError{tr("No command given.")};
        const QString command = rest.takeFirst();
        return runCommand(command, rest);
    } catch (const UsageError &error) {
        printError(error.message + u"\n"_s + tr("Run “alliancedesk-cli --help” for the commands and options.\n"));
        return ExitUsage;
    } catch (const RuleViolation &error) {
        printError(error.message() + u"\n"_s);
        return ExitRejected;
    } catch (const Error &error) {
        printError(error.message() + u"\n"_s);
        return ExitFatal;
    }
}

int CommandLine::runCommand(const QString &command, QStringList arguments)
{
    if (command == u"init"_s)
        return init(arguments);
    if (command == u"list"_s)
        return list(arguments);
    if (command == u"stats"_s)
        return stats(arguments);
    if (command == u"check"_s)
        return check(arguments);
    if (command == u"backup"_s)
        return backup(arguments);
    throw UsageError{tr("Unknown command “%1”.").arg(command)};
}

QString CommandLine::takeOption(QStringList &arguments, const QString &name, const QString &fallback)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == name) {
            if (i + 1 >= arguments.size())
                throw UsageError{tr("The option %1 needs a value.").arg(name)};
            const QString value = arguments.at(i + 1);
            arguments.remove(i, 2);
            return value;
        }
        if (argument.startsWith(name + u"="_s)) {
            const QString value = argument.mid(name.size() + 1);
            arguments.removeAt(i);
            return value;
        }
    }
    return fallback;
}

bool CommandLine::takeFlag(QStringList &arguments, const QString &name)
{
    return arguments.removeAll(name) > 0;
}

void CommandLine::print(const QString &text)
{
    m_out.write(text.toUtf8());
}

void CommandLine::printError(const QString &text)
{
    m_err.write(u"alliancedesk-cli: "_s.toUtf8() + text.toUtf8());
}

std::unique_ptr<Database> CommandLine::openDatabase()
{
    if (!QFileInfo::exists(m_databasePath)) {
        throw OpenError(OpenError::Reason::NotFound,
                        tr("There is no database at %1; create one with “alliancedesk-cli --db %1 init --sample”.")
                            .arg(QDir::toNativeSeparators(m_databasePath)));
    }
    return Database::open(m_databasePath);
}

static void requireNoMoreArguments(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        throw UsageError{tr("Unexpected argument “%1”.").arg(arguments.constFirst())};
}

int CommandLine::init(QStringList arguments)
{
    const bool sample = takeFlag(arguments, u"--sample"_s);
    requireNoMoreArguments(arguments);
    const bool existed = QFileInfo::exists(m_databasePath);
    auto database = Database::open(m_databasePath, Database::OpenMode::CreateIfMissing);
    if (sample)
        SampleAlliance::load(*database);
    const QString where = QDir::toNativeSeparators(database->path());
    if (sample)
        print(tr("%1 now holds the sample alliance (data format %2).\n").arg(where).arg(database->schemaVersion()));
    else if (existed)
        print(tr("%1 is an AllianceDesk database (data format %2).\n").arg(where).arg(database->schemaVersion()));
    else
        print(tr("Created the empty database %1 (data format %2).\n").arg(where).arg(database->schemaVersion()));
    return ExitSuccess;
}

int CommandLine::list(QStringList arguments)
{
    const QString formatName = takeOption(arguments, u"--format"_s, u"table"_s);
    const QString search = takeOption(arguments, u"--search"_s);
    if (arguments.isEmpty())
        throw UsageError{tr("Which list? One of: networks, organisations, people, memberships, secretariat-terms, "
                            "programs, support-groups, meetings, events, concerns.")};
    const QString listName = arguments.takeFirst();
    requireNoMoreArguments(arguments);
    const std::optional<ListKind> kind = listKindFromName(listName);
    if (!kind)
        throw UsageError{tr("There is no list called “%1”.").arg(listName)};
    const std::optional<ListFormatter::Format> format = ListFormatter::formatFromName(formatName);
    if (!format)
        throw UsageError{tr("Unknown format “%1”: use table, csv or json.").arg(formatName)};

    auto database = openDatabase();
    RecordLister lister(database->connection(), *kind);
    lister.setSearch(search);
    ListFormatter(lister.definition()).write(m_out, lister.fetchAll(), *format);
    return ExitSuccess;
}

int CommandLine::stats(QStringList arguments)
{
    const QString format = takeOption(arguments, u"--format"_s, u"table"_s);
    requireNoMoreArguments(arguments);
    if (format != u"table"_s && format != u"json"_s)
        throw UsageError{tr("Unknown format “%1”: use table or json.").arg(format)};
    auto database = openDatabase();
    const auto counts = recordCounts(database->connection());
    if (format == u"json"_s) {
        QJsonObject object;
        for (const auto &[name, count] : counts)
            object.insert(name, count);
        m_out.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &[name, count] : counts)
            print(u"%1  %2\n"_s.arg(name, -20).arg(count));
    }
    return ExitSuccess;
}

int CommandLine::check(QStringList arguments)
{
    requireNoMoreArguments(arguments);
    auto database = openDatabase();
    const QList<IntegrityProblem> problems = IntegrityChecker(database->connection()).run();
    const QString where = QDir::toNativeSeparators(database->path());
    if (problems.isEmpty()) {
        print(tr("%1: no problems found.\n").arg(where));
        return ExitSuccess;
    }
    for (const IntegrityProblem &problem : problems)
        print(u"%1: %2\n"_s.arg(problem.record, problem.rule));
    printError(QCoreApplication::translate("CommandLine", "%1: %n problem(s) found.\n", nullptr,
                                           static_cast<int>(problems.size()))
                   .arg(where));
    return ExitRejected;
}

int CommandLine::backup(QStringList arguments)
{
    if (arguments.size() != 1)
        throw UsageError{tr("backup needs exactly one argument: the file to write.")};
    auto database = openDatabase();
    database->backupTo(arguments.constFirst());
    print(tr("Backed up %1 to %2.\n")
              .arg(QDir::toNativeSeparators(database->path()),
                   QDir::toNativeSeparators(QFileInfo(arguments.constFirst()).absoluteFilePath())));
    return ExitSuccess;
}

} // namespace AllianceDesk
