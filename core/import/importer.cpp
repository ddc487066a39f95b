#include "importer.h"

#include "dialectdetector.h"
#include "domain/vocabulary.h"
#include "importbatches.h"
#include "importcancelled.h"
#include "importfileerror.h"
#include "recordwriter.h"
#include "rejectedrowswriter.h"
#include "rownormaliser.h"
#include "rowpipeline.h"
#include "storage/changeset.h"
#include "storage/networkrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "util/countrycatalog.h"
#include "valuenormaliser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
/// How long an import waits for another program's write to end before it gives up (an import of 100,000 rows takes
/// seconds; two minutes leaves room on a slow machine).
constexpr int importWaitMs = 120000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

constexpr int progressEvery = 500;
/// Rows after which the undo record so far is stored and the session starts afresh: an import's memory stays flat.
constexpr int undoPartRows = 5000;

} // namespace

Importer::Importer(QString filePath, ImportOptions options)
    : m_path(std::move(filePath))
    , m_fileName(QFileInfo(m_path).fileName())
    , m_options(std::move(options))
{}

void Importer::inspect()
{
    // Opening a named pipe or a device would wait for a writer, or read forever: refused before it is opened.
    std::error_code statusError;
    const auto type = std::filesystem::status(QFile::encodeName(m_path).toStdString(), statusError).type();
    if (!statusError && type != std::filesystem::file_type::regular)
        throw ImportFileError(tr("%1 is not an ordinary file (%2): import a CSV file saved on the disk.")
                                  .arg(m_path, type == std::filesystem::file_type::directory
                                                   ? tr("it is a folder")
                                                   : tr("a pipe or a device")),
                              0);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportFileError(tr("%1 cannot be opened: %2.").arg(m_path, file.errorString()));
    m_head = file.read(DialectDetector::headSize);
    m_headIsWholeFile = file.atEnd();
    // Partners often send the workbook itself: say so, rather than what its bytes look like as text.
    if (m_head.startsWith("PK\x03\x04"))
        throw ImportFileError(tr("%1 is a spreadsheet workbook (.xlsx or .ods) or another ZIP archive, not a text "
                                 "file: open it in Excel or LibreOffice and save it as “CSV UTF-8”, then import "
                                 "that file.")
                                  .arg(m_fileName),
                              1);
    if (m_head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        throw ImportFileError(tr("%1 is an Excel 97–2003 workbook (.xls), not a text file: open it in Excel or "
                                 "LibreOffice and save it as “CSV UTF-8”, then import that file.")
                                  .arg(m_fileName),
                              1);
    const ImportKind kind = m_options.kind;
    m_dialect =
        DialectDetector::detect(m_head, m_headIsWholeFile, m_options.encoding, m_options.delimiter,
                                [kind](const QString &cell) { return HeaderMapper::fieldFor(kind, cell).has_value(); });
    if (m_options.hasHeader)
        m_dialect.hasHeader = *m_options.hasHeader;

    CsvDialect noHeader = m_dialect;
    const QList<CsvRecord> rows = DialectDetector::previewRows(m_head, m_headIsWholeFile, noHeader, 50);
    m_headers.clear();
    if (m_dialect.hasHeader && !rows.isEmpty()) {
        for (const QString &header : rows.first().fields)
            m_headers << header.trimmed();
    } else {
        qsizetype width = 0;
        for (const CsvRecord &row : rows)
            width = qMax(width, row.fields.size());
        for (qsizetype i = 0; i < width; ++i)
            m_headers << tr("Column %1").arg(i + 1);
    }
    if (m_options.mapping && m_options.mapping->size() == m_headers.size())
        m_mapping = *m_options.mapping;
    else if (m_dialect.hasHeader)
        m_mapping = HeaderMapper::map(kind, m_headers);
    else
        m_mapping = ColumnMapping(m_headers.size());
    m_unknownOverrides = HeaderMapper::applyOverrides(kind, m_headers, m_options.mapOverrides, m_mapping);
    m_notes.clear();
    if (kind == ImportKind::Organisations && m_options.networkName.trimmed().isEmpty()) {
        QStringList leftOut;
        for (qsizetype i = 0; i < m_mapping.size(); ++i) {
            const std::optional<ImportField> field = m_mapping.at(i);
            if (field == ImportField::MembershipStatus || field == ImportField::MembershipRole ||
                field == ImportField::Joined) {
                leftOut << u"“"_s + m_headers.value(i) + u"”"_s;
                m_mapping[i].reset();
            }
        }
        if (!leftOut.isEmpty())
            m_notes
                << tr("No network was chosen, so the membership columns %1 were left out.").arg(leftOut.join(u", "_s));
    }
    m_inspected = true;
}

QString Importer::readProblem() const
{
    if (!m_headIsWholeFile)
        return {};
    QByteArray bytes = m_head;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    try {
        CsvReader reader(buffer, m_dialect, m_fileName);
        CsvRecord record;
        while (reader.next(record)) {
        }
    } catch (const ImportFileError &error) {
        return error.message();
    }
    return {};
}

LineEncodings Importer::previewLineEncodings() const
{
    QByteArray bytes = m_head;
    if (!m_headIsWholeFile) {
        const qsizetype end = bytes.lastIndexOf('\n');
        if (end > 0)
            bytes.truncate(end + 1); // the last line may be cut
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    std::optional<CsvReader> reader;
    try {
        reader.emplace(buffer, m_dialect, m_fileName);
        CsvRecord record;
        while (reader->next(record)) {
        }
    } catch (const ImportFileError &) {
        // readProblem() says why; what was read until then is still worth showing.
    }
    return reader ? reader->lineEncodings() : LineEncodings();
}

QStringList Importer::missingFields() const
{
    QStringList missing;
    const auto mapped = [this](ImportField field) { return m_mapping.contains(std::optional<ImportField>(field)); };
    for (const ImportField field : ImportFields::forKind(m_options.kind)) {
        if (!ImportFields::isRequired(m_options.kind, field) || mapped(field))
            continue;
        if (field == ImportField::Name && (mapped(ImportField::FirstName) || mapped(ImportField::LastName)))
            continue;
        missing << ImportFields::label(field).toLower();
    }
    return missing;
}

QList<CsvRecord> Importer::previewRows(int count) const
{
    QList<CsvRecord> rows =
        DialectDetector::previewRows(m_head, m_headIsWholeFile, m_dialect, count + (m_dialect.hasHeader ? 1 : 0));
    if (m_dialect.hasHeader && !rows.isEmpty())
        rows.removeFirst();
    return rows;
}

DateOrder Importer::scanDateOrder(int column, bool &ambiguousThroughout) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportFileError(tr("%1 cannot be opened: %2.").arg(m_path, file.errorString()));
    CsvReader reader(file, m_dialect, m_fileName);
    CsvRecord record;
    if (m_dialect.hasHeader)
        reader.next(record);
    qint64 dayFirst = 0;
    qint64 monthFirst = 0;
    qint64 ambiguous = 0;
    while (reader.next(record)) {
        if (column >= record.fields.size())
            continue;
        const auto reading = ValueNormaliser::date(record.fields.at(column), DateOrder::Auto);
        dayFirst += reading.dayFirst;
        monthFirst += reading.monthFirst;
        ambiguous += reading.ambiguous;
    }
    ambiguousThroughout = ambiguous > 0 && dayFirst == 0 && monthFirst == 0;
    if (dayFirst > 0 && monthFirst == 0)
        return DateOrder::DayMonth;
    if (monthFirst > 0 && dayFirst == 0)
        return DateOrder::MonthDay;
    return DateOrder::Auto;
}

qint64 Importer::findNetwork(const QSqlDatabase &db) const
{
    if (m_options.networkName.trimmed().isEmpty() || m_options.kind != ImportKind::Organisations)
        return 0;
    const std::optional<qint64> id = NetworkRepository(db).findAsTyped(m_options.networkName);
    if (!id)
        throw RuleViolation(tr("There is no network called “%1”; nothing was imported.").arg(m_options.networkName));
    if (const QString problem = membershipOptionsProblem(m_options); !problem.isEmpty())
        throw RuleViolation(problem + u' ' + tr("Nothing was imported."));
    return *id;
}

QString Importer::membershipOptionsProblem(const ImportOptions &options)
{
    for (const auto &[vocabulary, code] : {std::pair{Vocabulary::Kind::MembershipStatus, options.membershipStatus},
                                           std::pair{Vocabulary::Kind::MembershipRole, options.membershipRole}}) {
        if (!code.isEmpty() && !Vocabulary::isValid(vocabulary, code))
            return tr("“%1” is not a %2: use %3.")
                .arg(code, Vocabulary::kindName(vocabulary), Vocabulary::codes(vocabulary).join(u", "_s));
    }
    return {};
}

ImportResult Importer::run(const QSqlDatabase &db, const Progress &progress)
{
    if (!m_inspected)
        inspect();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportFileError(tr("%1 cannot be opened: %2.").arg(m_path, file.errorString()));
    const qint64 size = file.size();
    if (size <= m_dialect.bomLength)
        throw ImportFileError(tr("%1, line 1: the file is empty; there is nothing to import.").arg(m_fileName), 1);

    ImportResult result;
    result.notes = m_notes;
    result.dryRun = m_options.dryRun;
    result.encoding = m_dialect.encoding;
    result.delimiter = delimiterName(m_dialect.delimiter);
    result.mappingJson = HeaderMapper::describe(m_headers, m_mapping);
    result.dateOrder = m_options.dateOrder;

    RowNormaliser probe(m_options.kind, m_mapping, int(m_headers.size()), DateOrder::Auto);
    const int dateColumn = qMax(probe.columnOf(ImportField::Date), probe.columnOf(ImportField::Joined)) - 1;
    if (result.dateOrder == DateOrder::Auto && dateColumn >= 0)
        result.dateOrder = scanDateOrder(dateColumn, result.datesAmbiguous);
    RowNormaliser normaliser(m_options.kind, m_mapping, int(m_headers.size()), result.dateOrder);
    normaliser.setCountryChoices(m_options.countryChoices);
    // Country names that fit several countries: those left undecided (by lookup key, in result.ambiguousCountries),
    // and the rows the user's choice decided (for a note).
    QHash<QString, qsizetype> ambiguousIndex;
    QMap<QString, QPair<QString, int>> chosenCountries;

    const qint64 networkId = findNetwork(db);
    CsvReader reader(file, m_dialect, m_fileName);
    CsvRecord record;
    if (m_dialect.hasHeader && !reader.next(record))
        throw ImportFileError(tr("%1, line 1: the file holds no rows; there is nothing to import.").arg(m_fileName), 1);
    const qint64 headerLine = m_dialect.hasHeader ? record.line : 0;

    // Another import (another window, the command line) may be writing: this one queues behind it for a while.
    Transaction transaction(db, importWaitMs);
    RejectedRowsWriter errors(m_options.errorsPath, m_headers);
    ImportBatches::BatchRecord batch;
    batch.kind = m_options.kind;
    batch.fileName = m_fileName;
    batch.networkId = networkId;
    batch.started = started;
    const qint64 batchId = ImportBatches::begin(db, batch);
    {
        // Reading and normalising run on the pipeline's thread from here on, while this thread builds the
        // duplicate index and then writes.
        RowPipeline pipeline(reader, normaliser);
        ChangeRecorder recorder(db);
        RecordWriter writer(db, m_options.kind, networkId);
        writer.setMembershipDefaults(m_options.membershipStatus, m_options.membershipRole, m_options.joined);
        const auto decide = [this](const DuplicateMatch &match) {
            return m_options.rowChoices.value(match.line, m_options.onDuplicate);
        };
        const PreparedRow *prepared = nullptr;
        const auto reject = [&](const QList<RowProblem> &problems) {
            ++result.rejected;
            QStringList reasons;
            for (const RowProblem &problem : problems) {
                reasons << (problem.column > 0 ? tr("column %1: %2").arg(problem.column).arg(problem.reason)
                                               : problem.reason);
                if (result.problems.size() < ImportResult::listLimit)
                    result.problems.append(problem);
            }
            errors.write(prepared->record.line, problems.first().column, reasons.join(u"; "_s),
                         prepared->record.fields);
        };
        while ((prepared = pipeline.next())) {
            ++result.rows;
            if (result.rows % undoPartRows == 0)
                ImportBatches::addChanges(db, batchId, recorder.takeChangeset());
            if (progress && result.rows % progressEvery == 0 && !progress(pipeline.bytesRead(), size))
                throw ImportCancelled(tr("The import of %1 was cancelled; nothing was changed.").arg(m_fileName));
            if (!prepared->row.countryCandidates.isEmpty()) {
                const QString value = prepared->row.value(ImportField::Country);
                const QString key = CountryCatalog::lookupKey(value);
                auto known = ambiguousIndex.constFind(key);
                if (known == ambiguousIndex.constEnd()) {
                    known = ambiguousIndex.insert(key, result.ambiguousCountries.size());
                    result.ambiguousCountries.append({value, prepared->row.countryCandidates, 0, prepared->row.line});
                }
                ++result.ambiguousCountries[*known].rows;
            }
            if (!prepared->problems.isEmpty()) {
                reject(prepared->problems);
                continue;
            }
            if (prepared->row.countryChosen) {
                const QString written = prepared->row.rawFields.value(normaliser.columnOf(ImportField::Country) - 1);
                auto &chosen = chosenCountries[CountryCatalog::lookupKey(written)];
                if (chosen.first.isEmpty())
                    chosen.first = ValueNormaliser::text(written);
                ++chosen.second;
            }
            RecordWriter::Outcome outcome = writer.write(prepared->row, decide);
            if (outcome.joined && outcome.kind != RecordWriter::Outcome::Kind::Rejected)
                ++result.joined;
            if (outcome.duplicate && result.duplicates.size() < ImportResult::listLimit)
                result.duplicates.append(*outcome.duplicate);
            if (outcome.kind == RecordWriter::Outcome::Kind::Created ||
                outcome.kind == RecordWriter::Outcome::Kind::Updated) {
                result.unverified += int(prepared->row.unverified.size());
                for (const UnverifiedValue &value : prepared->row.unverified) {
                    if (result.unverifiedValues.size() < ImportResult::listLimit)
                        result.unverifiedValues.append(value);
                }
            }
            switch (outcome.kind) {
            case RecordWriter::Outcome::Kind::Created:
                ++result.created;
                break;
            case RecordWriter::Outcome::Kind::Updated:
                ++result.updated;
                break;
            case RecordWriter::Outcome::Kind::Unchanged:
                ++result.unchanged;
                break;
            case RecordWriter::Outcome::Kind::Skipped:
                ++result.skipped;
                break;
            case RecordWriter::Outcome::Kind::Rejected:
                outcome.problem.line = prepared->record.line;
                if (outcome.problem.column < 0)
                    outcome.problem.column = normaliser.columnOf(ImportField(-outcome.problem.column - 1));
                reject({outcome.problem});
                break;
            }
        }
        writer.finish();
        ImportBatches::addChanges(db, batchId, recorder.takeChangeset());
    }
    if (result.rows == 0)
        throw ImportFileError(tr("%1, line %2: the file holds a header and no rows; there is nothing to import.")
                                  .arg(m_fileName)
                                  .arg(qMax<qint64>(headerLine, 1)),
                              headerLine);
    // Checked once the whole file was read, so that a file that cannot be read says so first; then once, instead of
    // a rejection per row.
    if (const QStringList missing = missingFields(); !missing.isEmpty())
        throw RuleViolation(tr("No column of %1 gives the %2; map one (the columns are: %3). Nothing was imported.")
                                .arg(m_fileName, missing.join(tr(" or ")), m_headers.join(u", "_s)));
    for (auto it = chosenCountries.cbegin(); it != chosenCountries.cend(); ++it) {
        QString chosen;
        for (auto choice = m_options.countryChoices.cbegin(); choice != m_options.countryChoices.cend(); ++choice) {
            if (CountryCatalog::lookupKey(choice.key()) == it.key())
                chosen = choice.value().trimmed().toUpper();
        }
        result.notes << QCoreApplication::translate("Importer",
                                                    "%n row(s) naming “%1” as their country were given %2, as chosen.",
                                                    nullptr, it->second)
                            .arg(it->first, CountryCatalog::distinctName(chosen));
    }
    if (progress && !progress(size, size))
        throw ImportCancelled(tr("The import of %1 was cancelled; nothing was changed.").arg(m_fileName));
    result.sha256 = reader.sha256Hex();
    result.lineEncodings = reader.lineEncodings();
    result.encoding = result.lineEncodings.describeEncoding(m_dialect.encoding);
    if (const QString lines = result.lineEncodings.sentence(); !lines.isEmpty())
        result.notes << lines;
    errors.close();
    if (m_options.dryRun)
        return result; // the transaction rolls back, the batch's record with it
    ImportBatches::finish(db, batchId, batch, result);
    transaction.commit();
    result.batchId = batchId;
    return result;
}

} // namespace AllianceDesk
