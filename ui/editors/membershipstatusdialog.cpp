#include "membershipstatusdialog.h"

#include "dateedit.h"
#include "vocabularycombobox.h"

#include "storage/membershiprepository.h"
#include "util/dates.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

MembershipStatusDialog::MembershipStatusDialog(Document *document, qint64 membershipId, QWidget *parent)
    : RecordForm(document, parent)
    , m_title(new QLabel)
    , m_history(new QTreeWidget)
    , m_status(new VocabularyComboBox(Vocabulary::Kind::MembershipStatus))
    , m_date(new DateEdit(QDate::currentDate()))
    , m_reason(new QLineEdit)
{
    setWindowTitle(tr("Change Membership Status"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_history->setObjectName(u"statusHistory"_s);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Date"), tr("Status"), tr("Reason")});
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setMaximumHeight(150);
    m_status->setObjectName(u"status"_s);
    m_date->setObjectName(u"date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_reason->setObjectName(u"reason"_s);

    mainLayout()->insertWidget(0, m_title);
    mainLayout()->insertWidget(1, new QLabel(tr("History (kept, never rewritten):")));
    mainLayout()->insertWidget(2, m_history);
    formLayout()->addRow(tr("New &status:"), m_status);
    formLayout()->addRow(tr("&From:"), m_date);
    formLayout()->addRow(tr("&Reason:"), m_reason);
    auto *note = new QLabel(tr("The change is saved on its own when you press Save: Edit › Undo takes it back."));
    note->setWordWrap(true);
    formLayout()->addRow(note);

    setRecordId(membershipId);
    m_membership.id = membershipId;
    reload();
    finishLayout();
    m_status->setFocus();
}

void MembershipStatusDialog::reload()
{
    m_membership = MembershipRepository(connection()).get(m_membership.id);
    m_title->setText(tr("Membership of “%1” in “%2”").arg(m_membership.organisationName, m_membership.networkName));
    m_history->clear();
    for (const MembershipStatusChange &change : std::as_const(m_membership.history)) {
        new QTreeWidgetItem(m_history,
                            {Dates::display(change.effectiveDate),
                             Vocabulary::label(Vocabulary::Kind::MembershipStatus, change.status), change.reason});
    }
    m_history->header()->resizeSections(QHeaderView::ResizeToContents);
    if (m_membership.history.isEmpty())
        return;
    const QString current = m_membership.history.constLast().status;
    m_date->setMinimumDate(m_membership.history.constLast().effectiveDate);
    // The status it has is no change; the one offered first is where memberships usually go from there.
    QStringList others = Vocabulary::codes(Vocabulary::Kind::MembershipStatus);
    others.removeAll(current);
    m_status->restrictTo(others);
    static const QHash<QString, QString> next = {{u"applicant"_s, u"active"_s},
                                                 {u"active"_s, u"suspended"_s},
                                                 {u"suspended"_s, u"active"_s},
                                                 {u"lapsed"_s, u"active"_s},
                                                 {u"withdrawn"_s, u"active"_s}};
    m_status->setCode(next.value(current, others.value(0)));
}

MembershipStatusChange MembershipStatusDialog::change() const
{
    return MembershipStatusChange{0, m_status->code(), m_date->date(), m_reason->text().trimmed()};
}

QString MembershipStatusDialog::problem() const
{
    if (m_membership.history.isEmpty())
        return QString();
    const MembershipStatusChange &latest = m_membership.history.constLast();
    if (m_date->date() < latest.effectiveDate)
        return tr("The change cannot be dated before the latest one (%1).").arg(Dates::display(latest.effectiveDate));
    if (m_status->code() == latest.status)
        return tr("The membership is already “%1”: choose another status.")
            .arg(Vocabulary::label(Vocabulary::Kind::MembershipStatus, latest.status));
    return QString();
}

void MembershipStatusDialog::write(const QSqlDatabase &db, RowWriter::OnConflict onConflict)
{
    Q_UNUSED(onConflict) // the history is appended to: nothing to overwrite
    MembershipRepository(db).changeStatus(m_membership.id, change());
}

QString MembershipStatusDialog::commandText() const
{
    return tr("Change status of “%1” in “%2” to %3")
        .arg(m_membership.organisationName, m_membership.networkName,
             Vocabulary::label(Vocabulary::Kind::MembershipStatus, m_status->code()));
}

} // namespace AllianceDesk
