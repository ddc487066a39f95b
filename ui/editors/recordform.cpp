#include "recordform.h"

#include "checklist.h"
#include "dateedit.h"
#include "optionaldateedit.h"

#include "document/document.h"
#include "util/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
RecordForm::ConflictChooser &conflictChooser()
{
    static RecordForm::ConflictChooser chooser = &RecordForm::askAboutConflict;
    return chooser;
}
} // namespace

void RecordForm::setConflictChooser(ConflictChooser chooser)
{
    conflictChooser() = chooser ? std::move(chooser) : ConflictChooser(&RecordForm::askAboutConflict);
}

RecordForm::ConflictChoice RecordForm::askAboutConflict(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed elsewhere"), message, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Reload shows the saved version (your changes are dropped); Overwrite saves your "
                              "version over it."));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() == reload)
        return ConflictChoice::Reload;
    if (box.clickedButton() == overwrite)
        return ConflictChoice::Overwrite;
    return ConflictChoice::Cancel;
}

RecordForm::RecordForm(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_layout(new QVBoxLayout(this))
    , m_form(new QFormLayout)
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->addLayout(m_form);
    m_message->setObjectName(u"formMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setForegroundRole(QPalette::Text);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_save->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);
}

QSqlDatabase RecordForm::connection() const
{
    return m_document->connection();
}

void RecordForm::finishLayout()
{
    m_layout->addWidget(m_message);
    m_layout->addWidget(m_buttons);
    auto changed = [this] { revalidate(); };
    for (auto *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (auto *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    for (auto *box : findChildren<QComboBox *>())
        connect(box, &QComboBox::currentTextChanged, this, changed);
    for (auto *box : findChildren<QSpinBox *>())
        connect(box, &QSpinBox::valueChanged, this, changed);
    for (auto *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, changed);
    for (auto *edit : findChildren<QDateEdit *>())
        connect(edit, &QDateEdit::dateChanged, this, changed);
    for (auto *list : findChildren<CheckList *>())
        connect(list, &CheckList::checksChanged, this, changed);
    revalidate();
    m_touched = true; // from now on every check follows something the user did
}

void RecordForm::revalidate()
{
    // What is still missing is said once the user has started on the form, never in red over a form just opened;
    // Save waits for it either way.
    const QString message = problem();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty() && m_touched);
    m_save->setEnabled(message.isEmpty());
}

QString RecordForm::ruleProblem(const std::function<void()> &check)
{
    try {
        check();
    } catch (const RuleViolation &violation) {
        return violation.message();
    }
    return QString();
}

QString RecordForm::fieldProblem(const QString &label, const Verdict &verdict)
{
    if (verdict.accepted())
        return QString();
    return tr("%1: %2.").arg(label, verdict.problem);
}

void RecordForm::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(true);
}

bool RecordForm::perform(RowWriter::OnConflict onConflict)
{
    m_document->perform(commandText(), [this, onConflict](const QSqlDatabase &db) { write(db, onConflict); });
    return true;
}

bool RecordForm::save()
{
    const QString before = problem();
    if (!before.isEmpty()) {
        showProblem(before);
        return false;
    }
    // A date after today in a field that records what has happened is questioned before anything is written.
    for (DateEdit *date : findChildren<DateEdit *>()) {
        if (!date->confirmDate())
            return false;
    }
    try {
        return perform(RowWriter::OnConflict::Refuse);
    } catch (const ConflictError &conflict) {
        switch (conflictChooser()(this, conflict.message())) {
        case ConflictChoice::Reload:
            reload();
            revalidate();
            showProblem(tr("The form now shows the version saved elsewhere; your changes were not saved."));
            return false;
        case ConflictChoice::Overwrite:
            try {
                return perform(RowWriter::OnConflict::Overwrite);
            } catch (const Error &error) {
                showProblem(error.message());
            }
            return false;
        case ConflictChoice::Cancel:
            showProblem(conflict.message());
            return false;
        }
    } catch (const Error &error) {
        showProblem(error.message());
    }
    return false;
}

void RecordForm::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace AllianceDesk
