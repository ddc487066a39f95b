#include "importwizard/importwizardmappingpage.h"

#include "importwizard/importwizard.h"
#include "mainwindow.h"

#include "import/importpresets.h"
#include "util/error.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

enum Column
{
    HeaderColumn,
    SampleColumn,
    FieldColumn,
};

} // namespace

ImportWizardMappingPage::ImportWizardMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(0, 3, this))
    , m_preset(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Choose what each column of the file fills in. Columns left out are not imported."));

    m_table->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Imports into")});
    m_table->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_preset->setEditable(true);
    m_preset->setInsertPolicy(QComboBox::NoInsert);
    m_preset->lineEdit()->setPlaceholderText(tr("Preset name"));
    auto *load = new QPushButton(tr("&Load"), this);
    auto *save = new QPushButton(tr("&Save as Preset"), this);
    connect(load, &QPushButton::clicked, this, [this] { loadPreset(m_preset->currentText().trimmed()); });
    connect(save, &QPushButton::clicked, this, [this] { savePreset(m_preset->currentText().trimmed()); });
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("&Preset:"), this));
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(load);
    presetRow->addWidget(save);
    qobject_cast<QLabel *>(presetRow->itemAt(0)->widget())->setBuddy(m_preset);

    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(presetRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
}

void ImportWizardMappingPage::initializePage()
{
    const Importer *importer = m_wizard->inspected();
    const ImportKind kind = m_wizard->options().kind;
    const QStringList headers = importer ? importer->headers() : QStringList();
    const QList<CsvRecord> rows = importer ? importer->previewRows(1) : QList<CsvRecord>();
    m_table->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        m_table->setItem(row, HeaderColumn, new QTableWidgetItem(headers.at(row)));
        const QString sample =
            !rows.isEmpty() && row < rows.first().fields.size() ? rows.first().fields.at(row) : QString();
        m_table->setItem(row, SampleColumn, new QTableWidgetItem(sample));
        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("(leave out)"), QString());
        for (ImportField field : ImportFields::forKind(kind)) {
            const QString label = ImportFields::isRequired(kind, field)
                                      ? tr("%1 (required)").arg(ImportFields::label(field))
                                      : ImportFields::label(field);
            combo->addItem(label, ImportFields::code(field));
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizardMappingPage::updateNote);
        m_table->setCellWidget(row, FieldColumn, combo);
    }
    if (importer)
        setMapping(importer->mapping());
    fillPresets();
    updateNote();
}

QComboBox *ImportWizardMappingPage::fieldCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, FieldColumn));
}

ColumnMapping ImportWizardMappingPage::mapping() const
{
    ColumnMapping mapping;
    for (int row = 0; row < m_table->rowCount(); ++row)
        mapping << ImportFields::fromCode(fieldCombo(row)->currentData().toString());
    return mapping;
}

void ImportWizardMappingPage::setMapping(const ColumnMapping &mapping)
{
    for (int row = 0; row < m_table->rowCount() && row < mapping.size(); ++row) {
        QComboBox *combo = fieldCombo(row);
        const std::optional<ImportField> field = mapping.at(row);
        combo->setCurrentIndex(field ? qMax(0, combo->findData(ImportFields::code(*field))) : 0);
    }
}

bool ImportWizardMappingPage::validatePage()
{
    const ColumnMapping chosen = mapping();
    QList<ImportField> seen;
    for (const std::optional<ImportField> &field : chosen) {
        if (!field)
            continue;
        if (seen.contains(*field)) {
            QMessageBox::warning(
                this, tr("Import"),
                tr("Two columns import into “%1”; leave one of them out.").arg(ImportFields::label(*field)));
            return false;
        }
        seen << *field;
    }
    if (seen.isEmpty()) {
        QMessageBox::warning(this, tr("Import"), tr("No column is imported; choose a field for at least one."));
        return false;
    }
    m_wizard->options().mapping = chosen;
    return true;
}

void ImportWizardMappingPage::updateNote()
{
    const ImportKind kind = m_wizard->options().kind;
    const ColumnMapping chosen = mapping();
    QStringList missing;
    for (ImportField field : ImportFields::forKind(kind)) {
        if (ImportFields::isRequired(kind, field) && !chosen.contains(std::optional<ImportField>(field)))
            missing << ImportFields::label(field);
    }
    m_note->setText(missing.isEmpty()
                        ? QString()
                        : tr("No column imports into %1: every row will be rejected.").arg(missing.join(u", "_s)));
}

void ImportWizardMappingPage::fillPresets()
{
    const QString current = m_preset->currentText();
    m_preset->clear();
    if (Database *database = m_wizard->mainWindow()->database()) {
        try {
            m_preset->addItems(ImportPresets::names(database->connection(), m_wizard->options().kind));
        } catch (const Error &) {
            // No presets to offer; saving one still works or says why.
        }
    }
    m_preset->setCurrentText(current);
}

void ImportWizardMappingPage::savePreset(const QString &name)
{
    Database *database = m_wizard->mainWindow()->database();
    if (name.isEmpty() || !database) {
        QMessageBox::information(this, tr("Save Preset"), tr("Type a name for the preset first."));
        return;
    }
    ImportPresets::Mapping preset;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString code = fieldCombo(row)->currentData().toString();
        preset.append({m_table->item(row, HeaderColumn)->text(), code.isEmpty() ? u"ignore"_s : code});
    }
    try {
        ImportPresets::save(database->connection(), name, m_wizard->options().kind, preset);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Save Preset"), error.message());
        return;
    }
    fillPresets();
    m_preset->setCurrentText(name);
}

void ImportWizardMappingPage::loadPreset(const QString &name)
{
    Database *database = m_wizard->mainWindow()->database();
    if (name.isEmpty() || !database)
        return;
    const Importer *importer = m_wizard->inspected();
    try {
        const ImportPresets::Mapping preset =
            ImportPresets::load(database->connection(), name, m_wizard->options().kind);
        ColumnMapping chosen = mapping();
        const QStringList unknown = HeaderMapper::applyOverrides(
            m_wizard->options().kind, importer ? importer->headers() : QStringList(), preset, chosen);
        setMapping(chosen);
        if (!unknown.isEmpty())
            m_note->setText(tr("The preset names columns this file does not have: %1.").arg(unknown.join(u", "_s)));
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Load Preset"), error.message());
    }
}

} // namespace AllianceDesk
