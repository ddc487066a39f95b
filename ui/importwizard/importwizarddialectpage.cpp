#include "importwizard/importwizarddialectpage.h"

#include "importwizard/importwizard.h"

#include "import/encodingdetector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString delimiterWords(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return ImportWizardDialectPage::tr("commas");
    case u';':
        return ImportWizardDialectPage::tr("semicolons");
    case u'\t':
        return ImportWizardDialectPage::tr("tabs");
    case u'|':
        return ImportWizardDialectPage::tr("pipes ( | )");
    default:
        return ImportWizardDialectPage::tr("“%1”").arg(delimiter);
    }
}

} // namespace

ImportWizardDialectPage::ImportWizardDialectPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_header(new QCheckBox(tr("The first row holds the column &names"), this))
    , m_status(new QLabel(this))
    , m_preview(new QTableView(this))
    , m_model(new QStandardItemModel(this))
{
    setTitle(tr("How the File Is Written"));
    setSubTitle(tr("Check that names read correctly below; change the encoding or the delimiter if they do not."));

    m_encoding->setEditable(true);
    m_encoding->setInsertPolicy(QComboBox::NoInsert);
    m_encoding->addItem(tr("Detect"), QString());
    for (const QString &name : {u"UTF-8"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"windows-1252"_s, u"windows-1251"_s,
                                u"windows-1256"_s, u"ISO-8859-2"_s, u"KOI8-R"_s})
        m_encoding->addItem(name, name);
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), u"comma"_s);
    m_delimiter->addItem(tr("Semicolon ( ; )"), u"semicolon"_s);
    m_delimiter->addItem(tr("Tab"), u"tab"_s);
    m_delimiter->addItem(tr("Pipe ( | )"), u"pipe"_s);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportWizardDialectPage::reread);
    connect(m_encoding->lineEdit(), &QLineEdit::editingFinished, this, &ImportWizardDialectPage::reread);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportWizardDialectPage::reread);
    connect(m_header, &QCheckBox::toggled, this, [this] {
        if (m_updating)
            return;
        m_headerTouched = true;
        reread();
    });

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // it quotes the file's lines, which are never markup
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setModel(m_model);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);

    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_header);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);
}

void ImportWizardDialectPage::initializePage()
{
    m_updating = true;
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    m_headerTouched = false;
    m_updating = false;
    reread();
}

bool ImportWizardDialectPage::isComplete() const
{
    return m_readable;
}

bool ImportWizardDialectPage::validatePage()
{
    reread();
    return m_readable;
}

void ImportWizardDialectPage::reread()
{
    if (m_updating)
        return;
    ImportOptions &options = m_wizard->options();
    const QString typed = m_encoding->currentText().trimmed();
    const int typedIndex = m_encoding->findText(typed);
    QString encoding = typedIndex >= 0 ? m_encoding->itemData(typedIndex).toString() : typed;
    m_readable = false;
    if (!encoding.isEmpty() && !EncodingDetector::isSupported(encoding)) {
        m_status->setText(tr("Unknown encoding “%1”.").arg(typed));
        m_model->clear();
        emit completeChanged();
        return;
    }
    options.encoding = encoding;
    options.delimiter = delimiterFromName(m_delimiter->currentData().toString());
    options.hasHeader = m_headerTouched ? std::optional<bool>(m_header->isChecked()) : std::nullopt;
    options.mapping.reset();

    const QString error = m_wizard->inspect();
    m_model->clear();
    if (!error.isEmpty()) {
        m_status->setText(error);
        emit completeChanged();
        return;
    }
    const Importer &importer = *m_wizard->inspected();
    const CsvDialect &dialect = importer.dialect();
    m_updating = true;
    m_header->setChecked(dialect.hasHeader);
    m_updating = false;
    const LineEncodings lines = importer.previewLineEncodings();
    QString status = tr("Read as %1, separated by %2%3.")
                         .arg(lines.describeEncoding(dialect.encoding), delimiterWords(dialect.delimiter),
                              dialect.hasHeader ? tr(", with a header row") : QString());
    if (lines.mixed()) {
        // The lines read in the other encoding are shown, so that the user can see each name came out right.
        status += u' ' + lines.sentence();
        for (qsizetype i = 0; i < lines.otherLines.size(); ++i)
            status += u'\n' + tr("Line %1: %2").arg(lines.otherLines.at(i)).arg(lines.otherTexts.value(i));
    }
    m_status->setText(status);
    m_model->setHorizontalHeaderLabels(importer.headers());
    const QList<CsvRecord> rows = importer.previewRows(previewCount);
    for (const CsvRecord &record : rows) {
        QList<QStandardItem *> items;
        for (const QString &field : record.fields)
            items << new QStandardItem(field);
        m_model->appendRow(items);
        m_model->setVerticalHeaderItem(m_model->rowCount() - 1, new QStandardItem(QString::number(record.line)));
    }
    m_preview->resizeColumnsToContents();
    m_readable = !importer.headers().isEmpty();
    if (const QString problem = importer.readProblem(); !problem.isEmpty()) {
        // Said here, where another encoding or delimiter may cure it, rather than after the mapping.
        m_status->setText(problem);
        m_readable = false;
    }
    emit completeChanged();
}

} // namespace AllianceDesk
