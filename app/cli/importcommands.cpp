#include "commandcontext.h"
#include "commands.h"

#include "domain/contactvalues.h"
#include "import/encodingdetector.h"
#include "import/importbatches.h"
#include "import/importer.h"
#include "import/importfield.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/networkrepository.h"
#include "util/countrycatalog.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

constexpr int problemsShown = 20;

} // namespace

int runImport(CommandContext &context, QStringList arguments)
{
    ImportOptions options;
    const QString encoding = CommandContext::takeOption(arguments, u"--encoding"_s, u"auto"_s);
    const QString delimiter = CommandContext::takeOption(arguments, u"--delimiter"_s, u"auto"_s);
    const QStringList maps = CommandContext::takeOptions(arguments, u"--map"_s);
    options.networkName = CommandContext::takeOption(arguments, u"--network"_s);
    options.membershipStatus = CommandContext::takeOption(arguments, u"--status"_s);
    options.membershipRole = CommandContext::takeOption(arguments, u"--role"_s);
    const QString joined = CommandContext::takeOption(arguments, u"--joined"_s);
    const QString policy = CommandContext::takeOption(arguments, u"--on-duplicate"_s, u"skip"_s);
    const QString dateOrder = CommandContext::takeOption(arguments, u"--date-order"_s, u"auto"_s);
    const QStringList countries = CommandContext::takeOptions(arguments, u"--country"_s);
    options.dryRun = CommandContext::takeFlag(arguments, u"--dry-run"_s);
    options.errorsPath = CommandContext::takeOption(arguments, u"--errors"_s);
    const bool json = CommandContext::takeJsonFormat(arguments);
    if (arguments.size() < 2)
        throw UsageError{tr("import needs what to import (organisations, people, meetings or participants) and a "
                            "file.")};
    const QString kindName = arguments.takeFirst();
    const QString path = arguments.takeFirst();
    CommandContext::requireNoMoreArguments(arguments);

    const auto kind = importKindFromName(kindName);
    if (!kind)
        throw UsageError{tr("Cannot import “%1”: use organisations, people, meetings or participants.").arg(kindName)};
    options.kind = *kind;
    if (encoding != u"auto"_s && !EncodingDetector::isSupported(encoding))
        throw UsageError{tr("Unknown encoding “%1” (for example UTF-8, UTF-16LE, windows-1252, windows-1251, "
                            "ISO-8859-2, KOI8-R).")
                             .arg(encoding)};
    options.encoding = encoding;
    if (delimiter != u"auto"_s) {
        options.delimiter = delimiterFromName(delimiter);
        if (options.delimiter.isNull())
            throw UsageError{tr("Unknown delimiter “%1”: use auto, comma, semicolon, tab or pipe.").arg(delimiter)};
    }
    for (const QString &map : maps) {
        const qsizetype equals = map.lastIndexOf(u'=');
        if (equals <= 0)
            throw UsageError{tr("--map takes “HEADER=field”, not “%1”.").arg(map)};
        options.mapOverrides.append({map.left(equals).trimmed(), map.mid(equals + 1).trimmed()});
    }
    for (const QString &country : countries) {
        const qsizetype equals = country.lastIndexOf(u'=');
        const QString name = country.left(equals).trimmed();
        const QString code = country.mid(equals + 1).trimmed().toUpper();
        if (equals <= 0 || name.isEmpty())
            throw UsageError{
                tr("--country takes “NAME=CODE” (for example --country \"Congo=CG\"), not “%1”.").arg(country)};
        if (!CountryCatalog::instance().isValid(code))
            throw UsageError{tr("--country “%1”: “%2” is not an ISO 3166 country code (for example CG or CD).")
                                 .arg(country, country.mid(equals + 1).trimmed())};
        const QStringList candidates = CountryCatalog::instance().candidates(name);
        if (candidates.size() < 2)
            throw UsageError{tr("--country “%1”: “%2” does not fit several countries, so there is nothing to choose.")
                                 .arg(country, name)};
        if (!candidates.contains(code)) {
            QStringList named;
            for (const QString &candidate : candidates)
                named << CountryCatalog::distinctName(candidate);
            throw UsageError{
                tr("--country “%1”: “%2” may be %3, not %4.").arg(country, name, named.join(tr(" or ")), code)};
        }
        options.countryChoices.insert(name, code);
    }
    if (!options.networkName.isEmpty() && options.kind != ImportKind::Organisations)
        throw UsageError{tr("--network makes imported organisations members of a network; it does not apply to "
                            "%1.")
                             .arg(kindName)};
    if ((!options.membershipStatus.isEmpty() || !options.membershipRole.isEmpty() || !joined.isEmpty()) &&
        (options.networkName.isEmpty() || options.kind != ImportKind::Organisations))
        throw UsageError{tr("--status, --role and --joined describe the memberships of organisations imported "
                            "into a network: give --network too.")};
    if (const QString problem = Importer::membershipOptionsProblem(options); !problem.isEmpty())
        throw UsageError{problem};
    if (!joined.isEmpty()) {
        options.joined = QDate::fromString(joined, Qt::ISODate);
        if (!options.joined.isValid())
            throw UsageError{tr("--joined takes a date as YYYY-MM-DD, not “%1”.").arg(joined)};
    }
    const auto duplicatePolicy = duplicatePolicyFromName(policy);
    if (!duplicatePolicy)
        throw UsageError{tr("Unknown --on-duplicate “%1”: use skip, update or create.").arg(policy)};
    options.onDuplicate = *duplicatePolicy;
    if (dateOrder == u"dmy"_s)
        options.dateOrder = DateOrder::DayMonth;
    else if (dateOrder == u"mdy"_s)
        options.dateOrder = DateOrder::MonthDay;
    else if (dateOrder != u"auto"_s)
        throw UsageError{tr("Unknown --date-order “%1”: use auto, dmy or mdy.").arg(dateOrder)};
    auto database =
        context.openDatabase(options.dryRun ? CommandContext::DailyBackup::IfDue : CommandContext::DailyBackup::Skip);
    database->requireWritable();
    if (!options.dryRun)
        BackupStore(database->path()).make(*database, BackupStore::Kind::BeforeImport);
    if (!options.networkName.isEmpty() && !NetworkRepository(database->connection()).findAsTyped(options.networkName))
        throw UsageError{tr("There is no network called “%1” (alliancedesk-cli list networks shows them).")
                             .arg(options.networkName)};
    Importer importer(path, options);
    importer.inspect();
    QStringList fieldCodes;
    for (const ImportField field : ImportFields::forKind(*kind))
        fieldCodes << ImportFields::code(field);
    for (const QString &unknown : importer.unknownOverrides()) {
        const qsizetype equals = unknown.lastIndexOf(u'=');
        if (equals >= 0)
            throw UsageError{tr("--map “%1”: “%2” is not a field of %3; use one of: %4, or ignore.")
                                 .arg(unknown, unknown.mid(equals + 1), kindName, fieldCodes.join(u", "_s))};
        throw UsageError{tr("--map: “%1” is not a column of %2; the columns are: %3.")
                             .arg(unknown, QFileInfo(path).fileName(), importer.headers().join(u", "_s))};
    }
    ImportResult result;
    try {
        result = importer.run(database->connection());
    } catch (const RuleViolation &) {
        const QStringList missing = importer.missingFields();
        if (missing.isEmpty())
            throw;
        throw UsageError{
            tr("No column of %1 gives the %2: name one with --map, for example --map \"%3=%4\" (the "
               "columns are: %5). Nothing was imported.")
                .arg(QFileInfo(path).fileName(), missing.join(tr(" or ")), importer.headers().value(0, tr("HEADER")),
                     ImportFields::code(ImportFields::forKind(*kind).constFirst()), importer.headers().join(u", "_s))};
    }
    QStringList mapping;
    for (qsizetype i = 0; i < importer.headers().size(); ++i) {
        const std::optional<ImportField> field = importer.mapping().value(i);
        mapping << tr("%1 → %2").arg(importer.headers().at(i), field ? ImportFields::code(*field) : tr("(left out)"));
    }

    if (json) {
        QJsonArray problems;
        for (const RowProblem &problem : result.problems)
            problems.append(
                QJsonObject{{u"line"_s, problem.line}, {u"column"_s, problem.column}, {u"reason"_s, problem.reason}});
        QJsonValue otherLines;
        if (result.lineEncodings.mixed()) {
            QJsonArray lines;
            for (const qint64 line : result.lineEncodings.otherLines)
                lines.append(line);
            otherLines = QJsonObject{{u"encoding"_s, result.lineEncodings.other},
                                     {u"count"_s, result.lineEncodings.otherCount},
                                     {u"lines"_s, lines}};
        }
        QJsonArray unverified;
        for (const UnverifiedValue &value : result.unverifiedValues)
            unverified.append(QJsonObject{{u"line"_s, value.line},
                                          {u"column"_s, value.column},
                                          {u"field"_s, value.field},
                                          {u"value"_s, value.value},
                                          {u"reason"_s, value.reason}});
        QJsonArray ambiguousCountries;
        for (const AmbiguousCountry &country : result.ambiguousCountries)
            ambiguousCountries.append(QJsonObject{{u"value"_s, country.value},
                                                  {u"countries"_s, QJsonArray::fromStringList(country.countries)},
                                                  {u"rows"_s, country.rows},
                                                  {u"first_line"_s, country.firstLine}});
        QJsonObject object{{u"file"_s, QFileInfo(path).fileName()},
                           {u"kind"_s, kindName},
                           {u"encoding"_s, result.encoding},
                           {u"lines_not_utf8"_s, otherLines},
                           {u"delimiter"_s, result.delimiter},
                           {u"rows"_s, result.rows},
                           {u"created"_s, result.created},
                           {u"updated"_s, result.updated},
                           {u"unchanged"_s, result.unchanged},
                           {u"skipped"_s, result.skipped},
                           {u"rejected"_s, result.rejected},
                           {u"joined"_s, result.joined},
                           {u"unverified"_s, result.unverified},
                           {u"unverified_values"_s, unverified},
                           {u"dry_run"_s, result.dryRun},
                           {u"dates_ambiguous"_s, result.datesAmbiguous},
                           {u"ambiguous_countries"_s, ambiguousCountries},
                           {u"sha256"_s, result.sha256},
                           {u"batch"_s, result.batchId ? QJsonValue(result.batchId) : QJsonValue()},
                           {u"notes"_s, QJsonArray::fromStringList(result.notes)},
                           {u"problems"_s, problems}};
        context.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    } else {
        QStringList counts = {tr("%1 created").arg(result.created), tr("%1 updated").arg(result.updated)};
        if (result.unchanged)
            counts << tr("%1 already up to date").arg(result.unchanged);
        counts << tr("%1 skipped").arg(result.skipped) << tr("%1 rejected").arg(result.rejected);
        QString text = tr("%1 (%2, %3): %4, %5.\n")
                           .arg(QFileInfo(path).fileName(), result.encoding, result.delimiter,
                                result.rows == 1 ? tr("1 row") : tr("%1 rows").arg(result.rows), counts.join(u", "_s));
        text += tr("Columns: %1.\n").arg(mapping.join(u", "_s));
        for (const QString &note : result.notes)
            text += note + u'\n';
        if (!options.networkName.isEmpty())
            text += tr("%1 became members of %2.\n").arg(result.joined).arg(options.networkName);
        if (result.dryRun)
            text += tr("Dry run: nothing was written.\n");
        else if (result.created + result.updated + result.joined == 0)
            text += tr("Batch %1 is recorded; it changed nothing, so there is nothing to undo.\n").arg(result.batchId);
        else
            text += tr("Batch %1 (undo with: alliancedesk-cli undo-import %1).\n").arg(result.batchId);
        if (result.unverified > 0) {
            text += QCoreApplication::translate("CommandLine",
                                                "%n value(s) could not be verified and were kept as written, marked "
                                                "unverified (find them with: alliancedesk-cli list %1 --search %2):\n",
                                                nullptr, result.unverified)
                        .arg(kindName == u"organisations"_s ? kindName : u"people"_s,
                             ContactValues::unverifiedFilterWord());
            for (qsizetype i = 0; i < result.unverifiedValues.size() && i < problemsShown; ++i) {
                const UnverifiedValue &value = result.unverifiedValues.at(i);
                text += tr("  line %1, column %2 (%3): %4\n")
                            .arg(value.line)
                            .arg(value.column)
                            .arg(value.field, value.reason);
            }
            if (result.unverified > problemsShown)
                text += tr("  … and %1 more.\n").arg(result.unverified - problemsShown);
        }
        if (result.datesAmbiguous)
            text += tr("Every date of the file reads both day first and month first: rows with such dates were "
                       "rejected; run again with --date-order dmy or --date-order mdy.\n");
        for (const AmbiguousCountry &country : result.ambiguousCountries) {
            QStringList named;
            for (const QString &code : country.countries)
                named << CountryCatalog::distinctName(code);
            text +=
                QCoreApplication::translate("CommandLine",
                                            "“%1” (%n row(s), first on line %2) may be %3: those rows were "
                                            "rejected; to decide, run again with --country \"%1=CODE\" (CODE: %4).\n",
                                            nullptr, country.rows)
                    .arg(country.value)
                    .arg(country.firstLine)
                    .arg(named.join(tr(" or ")), country.countries.join(tr(" or ")));
        }
        context.print(text);
    }
    for (qsizetype i = 0; i < result.problems.size() && i < problemsShown; ++i) {
        const RowProblem &problem = result.problems.at(i);
        context.printError(
            problem.column > 0
                ? tr("line %1, column %2: %3\n").arg(problem.line).arg(problem.column).arg(problem.reason)
                : tr("line %1: %2\n").arg(problem.line).arg(problem.reason));
    }
    if (result.problems.size() > problemsShown)
        context.printError(options.errorsPath.isEmpty()
                               ? tr("… and more; --errors FILE writes every rejected row with its reason.\n")
                               : tr("… and more: every rejected row is in %1.\n").arg(options.errorsPath));
    return result.rejected > 0 ? CommandContext::ExitRejected : CommandContext::ExitSuccess;
}

int runImports(CommandContext &context, QStringList arguments)
{
    const bool json = CommandContext::takeJsonFormat(arguments);
    CommandContext::requireNoMoreArguments(arguments);
    auto database = context.openDatabase();
    const QList<ImportBatch> batches = ImportBatches::list(database->connection());
    if (json) {
        QJsonArray array;
        for (const ImportBatch &batch : batches)
            array.append(QJsonObject{{u"id"_s, batch.id},
                                     {u"kind"_s, batch.kind},
                                     {u"file"_s, batch.fileName},
                                     {u"sha256"_s, batch.sha256},
                                     {u"created"_s, batch.created},
                                     {u"updated"_s, batch.updated},
                                     {u"skipped"_s, batch.skipped},
                                     {u"rejected"_s, batch.rejected},
                                     {u"finished"_s, batch.finished.toString(Qt::ISODate)},
                                     {u"user"_s, batch.user},
                                     {u"undone"_s, batch.undone.isValid()}});
        context.print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return CommandContext::ExitSuccess;
    }
    QString text;
    for (const ImportBatch &batch : batches) {
        text += tr("%1  %2  %3  %4  by %5: %6 created, %7 updated, %8 skipped, %9 rejected")
                    .arg(batch.id)
                    .arg(batch.finished.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), batch.kind, batch.fileName,
                         batch.user)
                    .arg(batch.created)
                    .arg(batch.updated)
                    .arg(batch.skipped)
                    .arg(batch.rejected);
        text += tr(", SHA-256 %1").arg(batch.sha256.left(16) + u'…');
        text += batch.undone.isValid() ? tr(" (undone)\n") : u"\n"_s;
    }
    if (batches.isEmpty())
        text = tr("No file has been imported into this database.\n");
    context.print(text);
    return CommandContext::ExitSuccess;
}

int runUndoImport(CommandContext &context, QStringList arguments)
{
    if (arguments.size() != 1)
        throw UsageError{tr("undo-import takes the number of a batch (see “alliancedesk-cli imports”).")};
    bool ok = false;
    const qint64 id = arguments.first().toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{tr("“%1” is not the number of an import batch.").arg(arguments.first())};
    auto database = context.openDatabase();
    database->requireWritable();
    const ImportBatch batch = ImportBatches::get(database->connection(), id);
    ImportBatches::undo(database->connection(), id);
    context.print(tr("Undid import batch %1 (%2): %3 created records removed, %4 updated records restored.\n")
                      .arg(id)
                      .arg(batch.fileName)
                      .arg(batch.created)
                      .arg(batch.updated));
    return CommandContext::ExitSuccess;
}

} // namespace AllianceDesk
