#include "commandcontext.h"

#include "storage/backupstore.h"
#include "storage/database.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

CommandContext::CommandContext(QIODevice &out, QIODevice &err, QString databasePath)
    : m_out(out)
    , m_err(err)
    , m_databasePath(std::move(databasePath))
{}

void CommandContext::print(const QString &text)
{
    m_out.write(text.toUtf8());
}

void CommandContext::printError(const QString &text)
{
    m_err.write(u"alliancedesk-cli: "_s.toUtf8() + text.toUtf8());
}

std::unique_ptr<Database> CommandContext::openDatabase(DailyBackup dailyBackup) const
{
    if (!QFileInfo::exists(m_databasePath)) {
        throw OpenError(OpenError::Reason::NotFound,
                        QCoreApplication::translate("CommandLine", "There is no database at %1; create one with "
                                                                   "“alliancedesk-cli --db %1 init --sample”.")
                            .arg(QDir::toNativeSeparators(m_databasePath)));
    }
    auto database = Database::open(m_databasePath);
    // Said once, on standard error, so that a script reading the output is not disturbed.
    for (const QString &notice : database->notices())
        m_err.write(u"alliancedesk-cli: "_s.toUtf8() + notice.toUtf8() + '\n');
    if (dailyBackup == DailyBackup::IfDue && !database->isReadOnly()) {
        // The first command of the day keeps a copy of the data as it was (BackupStore's rotation).
        BackupStore(database->path()).makeDailyIfDue(*database);
    }
    return database;
}

QString CommandContext::takeOption(QStringList &arguments, const QString &name, const QString &fallback)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == name) {
            if (i + 1 >= arguments.size()) {
                throw UsageError{QCoreApplication::translate("CommandLine", "The option %1 needs a value.").arg(name)};
            }
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

QStringList CommandContext::takeOptions(QStringList &arguments, const QString &name)
{
    QStringList values;
    const QString none = u"\u0001"_s; // a value no one types
    for (QString value = takeOption(arguments, name, none); value != none; value = takeOption(arguments, name, none))
        values << value;
    return values;
}

bool CommandContext::takeJsonFormat(QStringList &arguments)
{
    const QString format = takeOption(arguments, u"--format"_s, u"text"_s);
    if (format != u"text"_s && format != u"json"_s) {
        throw UsageError{
            QCoreApplication::translate("CommandLine", "Unknown format “%1”: use text or json.").arg(format)};
    }
    return format == u"json"_s;
}

bool CommandContext::takeFlag(QStringList &arguments, const QString &name)
{
    return arguments.removeAll(name) > 0;
}

void CommandContext::requireNoMoreArguments(const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        throw UsageError{
            QCoreApplication::translate("CommandLine", "Unexpected argument “%1”.").arg(arguments.constFirst())};
    }
}

} // namespace AllianceDesk
