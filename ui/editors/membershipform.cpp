#include "membershipform.h"

#include "dateedit.h"
#include "membershipstatusdialog.h"
#include "optionaldateedit.h"
#include "recordpicker.h"
#include "vocabularycombobox.h"

#include "storage/membershiprepository.h"
#include "util/dates.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

MembershipForm::MembershipForm(Document *document, qint64 id, QWidget *parent, std::optional<qint64> networkId,
                               std::optional<qint64> organisationId)
    : RecordForm(document, parent)
    , m_role(new VocabularyComboBox(Vocabulary::Kind::MembershipRole))
    , m_codeOfConduct(new OptionalDateEdit(tr("Signed")))
    , m_notes(new QPlainTextEdit)
{
    setWindowTitle(id ? tr("Edit Membership") : tr("New Membership"));
    m_role->setObjectName(u"role"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    QFormLayout *form = formLayout();
    if (id == 0) {
        m_organisation = new RecordPicker(connection(), ListKind::Organisations, QString());
        m_organisation->setObjectName(u"organisation"_s);
        m_organisation->setRecordId(organisationId);
        if (!organisationId)
            m_organisation->setCurrentIndex(-1);
        m_network = new RecordPicker(connection(), ListKind::Networks, QString());
        m_network->setObjectName(u"network"_s);
        m_network->setRecordId(networkId);
        if (!networkId)
            m_network->setCurrentIndex(-1);
        m_status = new VocabularyComboBox(Vocabulary::Kind::MembershipStatus);
        m_status->setCode(u"active"_s);
        m_since = new DateEdit(QDate::currentDate());
        m_since->setCalendarPopup(true);
        m_since->setDisplayFormat(u"yyyy-MM-dd"_s);
        m_since->setFutureQuestion(tr("A membership starts on the day the organisation joined: keep this date?"));
        form->addRow(tr("&Organisation:"), m_organisation);
        form->addRow(tr("&Network:"), m_network);
        form->addRow(tr("&Status:"), m_status);
        form->addRow(tr("S&ince:"), m_since);
    } else {
        m_statusLabel = new QLabel;
        m_statusLabel->setTextFormat(Qt::PlainText);
        m_statusLabel->setWordWrap(true);
        auto *change = new QPushButton(tr("Chan&ge Status…"));
        change->setAutoDefault(false);
        connect(change, &QPushButton::clicked, this, &MembershipForm::changeStatus);
        auto *row = new QHBoxLayout;
        row->addWidget(m_statusLabel, 1);
        row->addWidget(change);
        form->addRow(tr("Status:"), row);
    }
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Code of conduct:"), m_codeOfConduct);
    form->addRow(tr("No&tes:"), m_notes);

    setRecordId(id);
    if (id)
        load(MembershipRepository(connection()).get(id));
    finishLayout();
    if (m_organisation)
        m_organisation->setFocus();
    else
        m_role->setFocus();
}

void MembershipForm::load(const Membership &membership)
{
    m_loaded = membership;
    setWindowTitle(tr("Membership of “%1” in “%2”").arg(membership.organisationName, membership.networkName));
    if (m_statusLabel) {
        const QDate since = membership.history.isEmpty() ? QDate() : membership.history.constLast().effectiveDate;
        m_statusLabel->setText(tr("%1 since %2")
                                   .arg(Vocabulary::label(Vocabulary::Kind::MembershipStatus, membership.status()),
                                        Dates::display(since)));
    }
    m_role->setCode(membership.role);
    m_codeOfConduct->setDate(membership.codeOfConductSigned);
    m_notes->setPlainText(membership.notes);
}

void MembershipForm::changeStatus()
{
    // Its own undoable command; the details being edited here stay as typed.
    MembershipStatusDialog dialog(document(), m_loaded.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        const Membership saved = MembershipRepository(connection()).get(m_loaded.id);
        m_loaded.history = saved.history;
        load(membership());
    }
}

Membership MembershipForm::membership() const
{
    Membership result = m_loaded;
    if (m_organisation) {
        result.organisationId = m_organisation->recordId().value_or(0);
        result.networkId = m_network->recordId().value_or(0);
        result.history = {MembershipStatusChange{0, m_status->code(), m_since->date(), QString()}};
    }
    result.role = m_role->code();
    result.codeOfConductSigned = m_codeOfConduct->date();
    result.notes = m_notes->toPlainText();
    return result;
}

QString MembershipForm::problem() const
{
    if (m_organisation && !m_organisation->recordId())
        return tr("Choose the member organisation from the list.");
    if (m_network && !m_network->recordId())
        return tr("Choose the network from the list.");
    return QString();
}

void MembershipForm::write(const QSqlDatabase &db, RowWriter::OnConflict onConflict)
{
    MembershipRepository repository(db);
    if (m_loaded.id == 0)
        setRecordId(repository.add(membership()));
    else
        repository.updateDetails(membership(), onConflict);
}

QString MembershipForm::commandText() const
{
    if (m_loaded.id == 0)
        return tr("Add membership of “%1” in “%2”").arg(m_organisation->currentText(), m_network->currentText());
    return tr("Edit membership of “%1” in “%2”").arg(m_loaded.organisationName, m_loaded.networkName);
}

void MembershipForm::reload()
{
    load(MembershipRepository(connection()).get(m_loaded.id));
}

} // namespace AllianceDesk
