#include "output/listexportdialog.h"

#include "backgroundtask.h"
#include "mainwindow.h"
#include "recordtablemodel.h"

#include "listing/recordlister.h"
#include "storage/database.h"
#include "util/csvdialect.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

constexpr auto formatKey = "listExport/format"_L1;
constexpr auto valuesKey = "listExport/values"_L1;

QString delimiterKey(ListExporter::Values values)
{
    return values == ListExporter::Values::Codes ? u"listExport/codesDelimiter"_s : u"listExport/delimiter"_s;
}

QString formatName(ListExporter::Format format)
{
    switch (format) {
    case ListExporter::Format::CsvForExcel:
        return u"csv-excel"_s;
    case ListExporter::Format::Csv:
        return u"csv"_s;
    case ListExporter::Format::Xlsx:
        return u"xlsx"_s;
    }
    return {};
}

} // namespace

ListExportDialog::ListExportDialog(ListKind kind, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export List — %1").arg(listDefinition(kind).translatedTitle()));

    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("CSV for Excel (UTF-8 with byte order mark)"), formatName(ListExporter::Format::CsvForExcel));
    m_format->addItem(tr("CSV, plain UTF-8"), formatName(ListExporter::Format::Csv));
    m_format->addItem(tr("Excel workbook (.xlsx)"), formatName(ListExporter::Format::Xlsx));

    m_values = new QComboBox(this);
    m_values->setObjectName(u"exportValues"_s);
    m_values->addItem(tr("Titles and labels, as the list shows them (for people)"),
                      static_cast<int>(ListExporter::Values::Labels));
    m_values->addItem(tr("Keys and codes (for other programs)"), static_cast<int>(ListExporter::Values::Codes));

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(u"exportDelimiter"_s);
    m_delimiter->addItem(tr("Semicolon ( ; )"), QString(u';'));
    m_delimiter->addItem(tr("Comma ( , )"), QString(u','));
    m_delimiter->addItem(tr("Tab"), QString(u'\t'));
    m_delimiterNote = new QLabel(this);
    m_delimiterNote->setWordWrap(true);
    m_valuesNote = new QLabel(this);
    m_valuesNote->setWordWrap(true);

    // What was chosen last time; the first time, CSV for Excel, for people, with the separator Excel expects here.
    const QSettings settings;
    const int format = m_format->findData(settings.value(formatKey).toString());
    m_format->setCurrentIndex(std::max(format, 0));
    const int values = m_values->findData(settings.value(valuesKey).toString() == u"codes"_s
                                              ? static_cast<int>(ListExporter::Values::Codes)
                                              : static_cast<int>(ListExporter::Values::Labels));
    m_values->setCurrentIndex(std::max(values, 0));
    for (const ListExporter::Values form : {ListExporter::Values::Labels, ListExporter::Values::Codes}) {
        const std::optional<QChar> remembered =
            ListExporter::delimiterFromName(settings.value(delimiterKey(form)).toString());
        m_delimiters.insert(static_cast<int>(form),
                            remembered.value_or(ListExporter::defaultDelimiter(form, locale())));
    }
    showDelimiterOf(this->values());

    connect(m_values, &QComboBox::currentIndexChanged, this, [this] {
        showDelimiterOf(this->values());
        updateEnabled();
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        m_delimiters.insert(static_cast<int>(this->values()), m_delimiter->currentData().toString().front());
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ListExportDialog::updateEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Values:"), m_values);
    form->addRow(tr("&Separator:"), m_delimiter);
    form->addRow(QString(), m_delimiterNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ListExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ListExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_valuesNote);
    layout->addWidget(buttons);
    updateEnabled();
}

ListExporter::Values ListExportDialog::values() const
{
    return static_cast<ListExporter::Values>(m_values->currentData().toInt());
}

ListExporter::Options ListExportDialog::options() const
{
    ListExporter::Options options;
    const QString format = m_format->currentData().toString();
    options.format = format == formatName(ListExporter::Format::Xlsx)  ? ListExporter::Format::Xlsx
                     : format == formatName(ListExporter::Format::Csv) ? ListExporter::Format::Csv
                                                                       : ListExporter::Format::CsvForExcel;
    options.values = values();
    if (options.format != ListExporter::Format::Xlsx)
        options.delimiter = m_delimiters.value(static_cast<int>(options.values), u',');
    return options;
}

void ListExportDialog::accept()
{
    QSettings settings;
    settings.setValue(formatKey, m_format->currentData().toString());
    settings.setValue(valuesKey, values() == ListExporter::Values::Codes ? u"codes"_s : u"labels"_s);
    for (auto it = m_delimiters.cbegin(); it != m_delimiters.cend(); ++it)
        settings.setValue(delimiterKey(static_cast<ListExporter::Values>(it.key())), delimiterName(it.value()));
    QDialog::accept();
}

void ListExportDialog::showDelimiterOf(ListExporter::Values values)
{
    const QChar delimiter = m_delimiters.value(static_cast<int>(values), u',');
    const QSignalBlocker blocker(m_delimiter);
    m_delimiter->setCurrentIndex(std::max(m_delimiter->findData(QString(delimiter)), 0));
}

void ListExportDialog::updateEnabled()
{
    const bool csv = m_format->currentData().toString() != formatName(ListExporter::Format::Xlsx);
    m_delimiter->setEnabled(csv);
    const bool forPeople = values() == ListExporter::Values::Labels;
    const bool excelsSemicolon = ListExporter::defaultDelimiter(ListExporter::Values::Labels, locale()) == u';';
    m_delimiterNote->setText(!forPeople        ? tr("Other programs usually expect a comma.")
                             : excelsSemicolon ? tr("Excel in your region expects a semicolon.")
                                               : tr("Excel in your region expects a comma."));
    m_delimiterNote->setVisible(csv);
    // The example number keeps together (no-break spaces).
    m_valuesNote->setText(forPeople ? tr("Phone numbers are written in international format (%1), dates as "
                                         "2026-03-01. Protected details (participants, concerns) are never exported.")
                                          .arg(u"+92\u00A0300\u00A01234567"_s)
                                    : tr("Codes are written as stored (active, PK), phone numbers in E.164 "
                                         "(+923001234567), dates as 2026-03-01. Protected details (participants, "
                                         "concerns) are never exported."));
}

void ListExportDialog::exportCurrentList(MainWindow *window)
{
    if (!window->database() || !window->tableModel())
        return;
    exportList(window, window->database()->path(), window->listState());
}

void ListExportDialog::exportList(QWidget *parent, const QString &databasePath, const SavedView &state)
{
    const ListKind kind = state.kind;
    ListExportDialog dialog(kind, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ListExporter::Options options = dialog.options();
    const bool workbook = options.format == ListExporter::Format::Xlsx;
    const QString suffix = workbook ? u"xlsx"_s : u"csv"_s;
    const QString filter = workbook ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)");
    QString path =
        QFileDialog::getSaveFileName(parent, tr("Export List"), listDefinition(kind).name + u'.' + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != suffix)
        path += u'.' + suffix;

    QString error;
    qsizetype rows = 0;
    const auto outcome = BackgroundTask::run(
        parent, tr("Exporting the list…"),
        [&rows, databasePath, state, path, options](const BackgroundTask::Progress &progress) {
            // This thread's own connection.
            const std::unique_ptr<Database> database = Database::open(databasePath);
            RecordLister lister(database->connection(), state.kind);
            state.applyTo(lister);
            rows = ListExporter::exportList(lister, path, options, progress);
        },
        &error);
    if (outcome == BackgroundTask::Outcome::Failed)
        QMessageBox::warning(parent, tr("Export List"), error);
    else if (outcome == BackgroundTask::Outcome::Done)
        QMessageBox::information(parent, tr("Export List"),
                                 tr("Exported %1 rows to %2.").arg(rows).arg(QDir::toNativeSeparators(path)));
}

} // namespace AllianceDesk
