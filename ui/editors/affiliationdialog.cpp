#include "affiliationdialog.h"

#include "domain/validation.h"

#include "optionaldateedit.h"
#include "recordpicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

AffiliationDialog::AffiliationDialog(QSqlDatabase db, const Affiliation &affiliation, QWidget *parent)
    : QDialog(parent)
    , m_affiliation(affiliation)
    , m_organisation(new RecordPicker(db, ListKind::Organisations, QString()))
    , m_role(new QLineEdit(affiliation.role))
    , m_title(new QLineEdit(affiliation.title))
    , m_start(new OptionalDateEdit(tr("Known")))
    , m_end(new OptionalDateEdit(tr("Ended")))
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Affiliation"));
    m_organisation->setObjectName(u"organisation"_s);
    if (affiliation.organisationId)
        m_organisation->setRecordId(affiliation.organisationId);
    else
        m_organisation->setCurrentIndex(-1);
    m_start->setDate(affiliation.start);
    m_end->setDate(affiliation.end);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&From:"), m_start);
    form->addRow(tr("T&o:"), m_end);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_organisation, &RecordPicker::recordChanged, this, &AffiliationDialog::revalidate);
    connect(m_start, &OptionalDateEdit::dateChanged, this, &AffiliationDialog::revalidate);
    connect(m_end, &OptionalDateEdit::dateChanged, this, &AffiliationDialog::revalidate);
    revalidate();
    m_organisation->setFocus();
}

void AffiliationDialog::revalidate()
{
    QString message;
    if (!m_organisation->recordId())
        message = tr("Choose the organisation from the list.");
    else if (const std::optional<QString> order =
                 Validation::dateOrder(tr("start date"), m_start->date(), tr("end date"), m_end->date()))
        message = Validation::sentence(*order);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

Affiliation AffiliationDialog::affiliation() const
{
    Affiliation result = m_affiliation;
    result.organisationId = m_organisation->recordId().value_or(0);
    result.organisationName = m_organisation->currentText();
    result.role = m_role->text().trimmed();
    result.title = m_title->text().trimmed();
    result.start = m_start->date();
    result.end = m_end->date();
    return result;
}

} // namespace AllianceDesk
