#pragma once

#include "csvreader.h"
#include "importoptions.h"
#include "importresult.h"
#include "util/csvdialect.h"

#include <QSqlDatabase>

#include <functional>

namespace AllianceDesk {

/**
 * Imports one delimited file: reads how it is written (or takes the user's choices), maps its columns, then
 * checks, normalises and writes every row in one transaction, recorded as a batch with its changeset so that it
 * can be undone exactly. A file that cannot be read imports nothing (ImportFileError); a row with a problem is
 * rejected with its line and column and the others are imported.
 */
class Importer
{
public:
    /// Called now and then with the bytes read so far and the file's size; returning false cancels the import.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    Importer(QString filePath, ImportOptions options);

    /// Reads the start of the file: dialect, headers, mapping. Called by run() when not called before.
    void inspect();

    const ImportOptions &options() const { return m_options; }
    const CsvDialect &dialect() const { return m_dialect; }
    const QStringList &headers() const { return m_headers; }
    const ColumnMapping &mapping() const { return m_mapping; }
    /// --map entries that name no column or no field of this kind.
    const QStringList &unknownOverrides() const { return m_unknownOverrides; }
    /// The required fields of this kind that no column gives (labels); run() refuses to start while any is.
    QStringList missingFields() const;
    /// What inspect() decided on the user's behalf, in sentences (columns it left out).
    const QStringList &notes() const { return m_notes; }
    /// Why the file cannot be read with the dialect, when the part inspect() read is the whole file (empty when it
    /// can be, or when only the import itself will tell): the wizard says so before any mapping.
    QString readProblem() const;
    /// The first rows as decoded (after the header), for a preview; never throws for a cut row.
    QList<CsvRecord> previewRows(int count) const;
    /// How the lines of the part inspect() read were decoded: the lines that are not UTF-8, for a preview.
    LineEncodings previewLineEncodings() const;

    /// Why the membership status or role of @p options is not one there is ("“boss” is not a membership role: use
    /// member, …"); empty when both are known or not given.
    static QString membershipOptionsProblem(const ImportOptions &options);

    /// Imports (or, for a dry run, does everything and rolls back). Throws ImportFileError, ImportCancelled.
    ImportResult run(const QSqlDatabase &db, const Progress &progress = {});

private:
    DateOrder scanDateOrder(int column, bool &ambiguousThroughout) const;
    qint64 findNetwork(const QSqlDatabase &db) const;

    QString m_path;
    QString m_fileName;
    ImportOptions m_options;
    QByteArray m_head;
    bool m_headIsWholeFile = false;
    CsvDialect m_dialect;
    QStringList m_headers;
    ColumnMapping m_mapping;
    QStringList m_unknownOverrides;
    QStringList m_notes;
    bool m_inspected = false;
};

} // namespace AllianceDesk
