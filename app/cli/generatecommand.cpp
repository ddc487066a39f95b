#include "commandcontext.h"
#include "commands.h"

#include "generate/syntheticalliance.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

int countOption(QStringList &arguments, const QString &name)
{
    const QString text = CommandContext::takeOption(arguments, name, u"0"_s);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 10'000'000)
        throw UsageError{tr("%1 takes a number of records from 0 to 10,000,000, not “%2”.").arg(name, text)};
    return value;
}

} // namespace

int runGenerate(CommandContext &context, QStringList arguments)
{
    SyntheticAlliance::Options options;
    options.organisations = countOption(arguments, u"--organisations"_s);
    options.people = countOption(arguments, u"--people"_s);
    const QString seedText = CommandContext::takeOption(arguments, u"--seed"_s, u"1"_s);
    bool ok = false;
    options.seed = seedText.toULongLong(&ok);
    if (!ok)
        throw UsageError{tr("--seed takes a whole number, not “%1”.").arg(seedText)};
    CommandContext::requireNoMoreArguments(arguments);
    if (options.organisations == 0 && options.people == 0)
        throw UsageError{tr("Say how many records to generate: --organisations N and/or --people N.")};

    QElapsedTimer timer;
    timer.start();
    auto database = Database::open(context.databasePath(), Database::OpenMode::CreateIfMissing);
    database->requireWritable();
    const SyntheticAlliance::Result result = SyntheticAlliance::generate(database->connection(), options);
    context.print(tr("Added %1 organisations, %2 people, %3 affiliations and %4 memberships (synthetic, marked as "
                     "sample) to %5 in %6 s.\n")
                      .arg(result.organisations)
                      .arg(result.people)
                      .arg(result.affiliations)
                      .arg(result.memberships)
                      .arg(QDir::toNativeSeparators(database->path()))
                      .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return CommandContext::ExitSuccess;
}

} // namespace AllianceDesk
