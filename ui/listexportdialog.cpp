#include "listexportdialog.h"

#include "backgroundtask.h"
#include "mainwindow.h"
#include "recordtablemodel.h"

#include "export/listexporter.h"
#include "listing/recordlister.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ListExportDialog", text);
}
} // namespace

void ListExportDialog::exportCurrentList(MainWindow *window)
{
    if (!window->database() || !window->tableModel())
        return;
    exportList(window, window->database()->path(), window->listState());
}

void ListExportDialog::exportList(QWidget *parent, const QString &databasePath, const SavedView &state)
{
    const ListKind kind = state.kind;
    const QString excel = tr("CSV for Excel, UTF-8 with byte order mark (*.csv)");
    const QString plain = tr("CSV, plain UTF-8 (*.csv)");
    const QString workbook = tr("Excel workbook (*.xlsx)");
    QString filter = excel;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export List"), listDefinition(kind).name + u".csv"_s,
                                                excel + u";;"_s + plain + u";;"_s + workbook, &filter);
    if (path.isEmpty())
        return;
    ListExporter::Format format = ListExporter::Format::CsvForExcel;
    if (filter == workbook) {
        format = ListExporter::Format::Xlsx;
        if (QFileInfo(path).suffix().toLower() != u"xlsx"_s)
            path += u".xlsx"_s;
    } else {
        if (filter == plain)
            format = ListExporter::Format::Csv;
        if (QFileInfo(path).suffix().toLower() != u"csv"_s)
            path += u".csv"_s;
    }

    QString error;
    qsizetype rows = 0;
    const auto outcome = BackgroundTask::run(
        parent, tr("Exporting the list…"),
        [&rows, databasePath, state, path, format](const BackgroundTask::Progress &progress) {
            // This thread's own connection.
            const std::unique_ptr<Database> database = Database::open(databasePath);
            RecordLister lister(database->connection(), state.kind);
            state.applyTo(lister);
            rows = ListExporter::exportList(lister, path, format, progress);
        },
        &error);
    if (outcome == BackgroundTask::Outcome::Failed)
        QMessageBox::warning(parent, tr("Export List"), error);
    else if (outcome == BackgroundTask::Outcome::Done)
        QMessageBox::information(parent, tr("Export List"),
                                 tr("Exported %1 rows to %2.").arg(rows).arg(QDir::toNativeSeparators(path)));
}

} // namespace AllianceDesk
