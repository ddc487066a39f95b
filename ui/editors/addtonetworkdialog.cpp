#include "addtonetworkdialog.h"

#include "dateedit.h"
#include "recordpicker.h"
#include "vocabularycombobox.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
/// How many names the dialog and its result list before "and N more".
constexpr int namesShown = 5;
} // namespace

AddToNetworkDialog::AddToNetworkDialog(Document *document, const QList<qint64> &organisationIds, QWidget *parent,
                                       std::optional<qint64> networkId)
    : RecordForm(document, parent)
    , m_organisations(organisationIds)
    , m_network(new RecordPicker(connection(), ListKind::Networks, QString()))
    , m_status(new VocabularyComboBox(Vocabulary::Kind::MembershipStatus))
    , m_role(new VocabularyComboBox(Vocabulary::Kind::MembershipRole))
    , m_joined(new DateEdit(QDate::currentDate()))
{
    setWindowTitle(tr("Add %n Organisation(s) to a Network", nullptr, static_cast<int>(organisationIds.size())));
    QStringList names;
    for (int i = 0; i < std::min<int>(namesShown, static_cast<int>(organisationIds.size())); ++i)
        names << organisationName(organisationIds.at(i));
    QString list = names.join(u", "_s);
    if (organisationIds.size() > namesShown)
        list = tr("%1 and %n more", nullptr, static_cast<int>(organisationIds.size()) - namesShown).arg(list);
    auto *who = new QLabel(tr("Organisations: %1").arg(list));
    who->setObjectName(u"organisations"_s);
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    mainLayout()->insertWidget(0, who);

    m_network->setObjectName(u"network"_s);
    m_network->setRecordId(networkId);
    if (!networkId)
        m_network->setCurrentIndex(-1);
    m_status->setObjectName(u"status"_s);
    m_status->setCode(u"active"_s);
    m_role->setObjectName(u"role"_s);
    m_joined->setObjectName(u"joined"_s);
    m_joined->setCalendarPopup(true);
    m_joined->setDisplayFormat(u"yyyy-MM-dd"_s);
    QFormLayout *form = formLayout();
    form->addRow(tr("&Network:"), m_network);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Joined:"), m_joined);
    auto *note = new QLabel(tr("Organisations that are members of the network already are left as they are. "
                               "Edit › Undo takes back all the memberships added at once."));
    note->setWordWrap(true);
    form->addRow(note);
    finishLayout();
    m_network->setFocus();
}

QString AddToNetworkDialog::organisationName(qint64 id) const
{
    return RecordPicker::recordName(connection(), ListKind::Organisations, id);
}

Membership AddToNetworkDialog::details() const
{
    Membership result;
    result.networkId = m_network->recordId().value_or(0);
    result.role = m_role->code();
    result.history = {MembershipStatusChange{0, m_status->code(), m_joined->date(), QString()}};
    return result;
}

QString AddToNetworkDialog::problem() const
{
    if (m_organisations.isEmpty())
        return tr("Select the organisations to add in the list first.");
    if (!m_network->recordId())
        return tr("Choose the network from the list.");
    return QString();
}

void AddToNetworkDialog::write(const QSqlDatabase &db, RowWriter::OnConflict onConflict)
{
    Q_UNUSED(onConflict) // only new memberships are made: nothing to overwrite
    m_networkName = m_network->currentText();
    m_result = MembershipRepository(db).addToNetwork(m_organisations, details());
}

QString AddToNetworkDialog::commandText() const
{
    return tr("Add %n organisation(s) to “%1”", nullptr, static_cast<int>(m_organisations.size()))
        .arg(m_network->currentText());
}

QString AddToNetworkDialog::resultText() const
{
    const int added = static_cast<int>(m_result.added.size());
    const int skipped = static_cast<int>(m_result.skipped.size());
    QString text =
        added > 0
            ? tr("Added %n organisation(s) to “%1”.", nullptr, added).arg(m_networkName)
            : tr("Nothing was added to “%1”: every organisation selected is a member already.").arg(m_networkName);
    if (skipped == 0)
        return text;
    QStringList names;
    for (int i = 0; i < std::min(namesShown, skipped); ++i)
        names << organisationName(m_result.skipped.at(i));
    QString list = names.join(u", "_s);
    if (skipped > namesShown)
        list = tr("%1 and %n more", nullptr, skipped - namesShown).arg(list);
    return text + u"\n\n"_s +
           tr("Skipped %n organisation(s) already member(s) of the network: %1", nullptr, skipped).arg(list);
}

} // namespace AllianceDesk
