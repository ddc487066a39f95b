#include "listdefinition.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

using Type = ListColumn::Type;
using Kind = Vocabulary::Kind;

#define AD_TITLE(text) QT_TRANSLATE_NOOP("ListDefinition", text)

ListColumn column(const char *key, const char *title, Type type = Type::Text)
{
    return ListColumn{QString::fromLatin1(key), title, type, Kind::NetworkLevel, type != Type::Id};
}

ListColumn code(const char *key, const char *title, Kind vocabulary)
{
    return ListColumn{QString::fromLatin1(key), title, Type::Code, vocabulary, true};
}

ListColumn shownId(const char *key, const char *title)
{
    ListColumn result = column(key, title, Type::Id);
    result.shownInTable = true;
    return result;
}

QList<ListDefinition> buildDefinitions()
{
    QList<ListDefinition> lists;
    lists << ListDefinition{
        ListKind::Networks,
        listKindName(ListKind::Networks),
        AD_TITLE("Networks"),
        {shownId("id", AD_TITLE("ID")), column("name", AD_TITLE("Name")),
         column("native_name", AD_TITLE("Name in own script")), column("acronym", AD_TITLE("Acronym")),
         code("level", AD_TITLE("Level"), Kind::NetworkLevel), column("parent_id", AD_TITLE("Parent ID"), Type::Id),
         column("parent", AD_TITLE("Parent network")), column("country", AD_TITLE("Country"), Type::Country),
         column("region", AD_TITLE("Region")), column("founded", AD_TITLE("Founded"), Type::Date),
         code("status", AD_TITLE("Status"), Kind::NetworkStatus),
         column("active_members", AD_TITLE("Active members"), Type::Integer), column("website", AD_TITLE("Website"))}};
    lists << ListDefinition{
        ListKind::Organisations,
        listKindName(ListKind::Organisations),
        AD_TITLE("Organisations"),
        {shownId("id", AD_TITLE("ID")), column("name", AD_TITLE("Name")),
         column("native_name", AD_TITLE("Name in own script")), column("acronym", AD_TITLE("Acronym")),
         code("type", AD_TITLE("Type"), Kind::OrganisationType), column("country", AD_TITLE("Country"), Type::Country),
         column("province", AD_TITLE("Province")), column("city", AD_TITLE("City")), column("email", AD_TITLE("Email")),
         column("phone", AD_TITLE("Phone"), Type::Phone), column("website", AD_TITLE("Website"))}};
    lists << ListDefinition{
        ListKind::People,
        listKindName(ListKind::People),
        AD_TITLE("People"),
        {shownId("id", AD_TITLE("ID")), column("name", AD_TITLE("Name")),
         column("native_name", AD_TITLE("Name in own script")), column("email", AD_TITLE("Email")),
         column("phone", AD_TITLE("Phone"), Type::Phone), column("languages", AD_TITLE("Languages")),
         column("country", AD_TITLE("Country"), Type::Country), column("organisations", AD_TITLE("Organisations"))}};
    lists << ListDefinition{
        ListKind::Memberships,
        listKindName(ListKind::Memberships),
        AD_TITLE("Memberships"),
        {shownId("id", AD_TITLE("ID")), column("organisation_id", AD_TITLE("Organisation ID"), Type::Id),
         column("organisation", AD_TITLE("Organisation")), column("network_id", AD_TITLE("Network ID"), Type::Id),
         column("network", AD_TITLE("Network")), code("role", AD_TITLE("Role"), Kind::MembershipRole),
         code("status", AD_TITLE("Status"), Kind::MembershipStatus),
         column("status_since", AD_TITLE("Status since"), Type::Date), column("joined", AD_TITLE("Joined"), Type::Date),
         column("coc_signed", AD_TITLE("Code of conduct signed"), Type::Date),
         column("country", AD_TITLE("Country"), Type::Country)}};
    lists << ListDefinition{
        ListKind::SecretariatTerms,
        listKindName(ListKind::SecretariatTerms),
        AD_TITLE("Secretariat terms"),
        {shownId("id", AD_TITLE("ID")), column("network_id", AD_TITLE("Network ID"), Type::Id),
         column("network", AD_TITLE("Network")), column("organisation_id", AD_TITLE("Host ID"), Type::Id),
         column("host", AD_TITLE("Host organisation")), column("start_date", AD_TITLE("From"), Type::Date),
         column("end_date", AD_TITLE("To"), Type::Date), column("current", AD_TITLE("Current"), Type::Boolean)}};
    lists << ListDefinition{
        ListKind::Programs,
        listKindName(ListKind::Programs),
        AD_TITLE("Programs"),
        {shownId("id", AD_TITLE("ID")), column("name", AD_TITLE("Name")),
         column("native_name", AD_TITLE("Name in own script")), column("acronym", AD_TITLE("Acronym")),
         column("lead_organisation_id", AD_TITLE("Lead ID"), Type::Id),
         column("lead_organisation", AD_TITLE("Lead organisation")),
         column("network_id", AD_TITLE("Network ID"), Type::Id), column("network", AD_TITLE("Network")),
         code("approach", AD_TITLE("Approach"), Kind::Approach), column("places", AD_TITLE("Where")),
         column("support_groups", AD_TITLE("Support groups"), Type::Integer)}};
    lists << ListDefinition{
        ListKind::SupportGroups,
        listKindName(ListKind::SupportGroups),
        AD_TITLE("Support groups"),
        {shownId("id", AD_TITLE("ID")), column("name", AD_TITLE("Name")),
         column("program_id", AD_TITLE("Program ID"), Type::Id), column("program", AD_TITLE("Program")),
         column("district", AD_TITLE("District")), column("province", AD_TITLE("Province")),
         column("country", AD_TITLE("Country"), Type::Country), column("facilitator", AD_TITLE("Facilitator")),
         column("founded", AD_TITLE("Founded"), Type::Date),
         code("status", AD_TITLE("Status"), Kind::SupportGroupStatus),
         column("meetings", AD_TITLE("Meetings"), Type::Integer),
         column("participants", AD_TITLE("Participants"), Type::Integer)}};
    lists << ListDefinition{ListKind::Meetings,
                            listKindName(ListKind::Meetings),
                            AD_TITLE("Meetings"),
                            {shownId("id", AD_TITLE("ID")), column("support_group_id", AD_TITLE("Group ID"), Type::Id),
                             column("support_group", AD_TITLE("Support group")),
                             column("district", AD_TITLE("District")),
                             column("meeting_date", AD_TITLE("Date"), Type::Date), column("topic", AD_TITLE("Topic")),
                             column("attendance", AD_TITLE("Attendance"), Type::Integer)}};
    lists << ListDefinition{
        ListKind::Events,
        listKindName(ListKind::Events),
        AD_TITLE("Events"),
        {shownId("id", AD_TITLE("ID")), column("name", AD_TITLE("Name")),
         code("kind", AD_TITLE("Kind"), Kind::EventKind), column("start_date", AD_TITLE("From"), Type::Date),
         column("end_date", AD_TITLE("To"), Type::Date), column("city", AD_TITLE("City")),
         column("country", AD_TITLE("Country"), Type::Country), column("online", AD_TITLE("Online"), Type::Boolean),
         column("organiser", AD_TITLE("Organiser")), column("network_id", AD_TITLE("Network ID"), Type::Id),
         column("network", AD_TITLE("Network")), column("participant_count", AD_TITLE("Participants"), Type::Integer),
         column("country_count", AD_TITLE("Countries"), Type::Integer)}};
    // Concern summaries and confidential notes are protected: the list shows only what a concern is about.
    lists << ListDefinition{
        ListKind::Concerns,
        listKindName(ListKind::Concerns),
        AD_TITLE("Concerns"),
        {shownId("id", AD_TITLE("ID")), column("organisation_id", AD_TITLE("Organisation ID"), Type::Id),
         column("organisation", AD_TITLE("About")), column("network_id", AD_TITLE("Network ID"), Type::Id),
         column("network", AD_TITLE("Network")), column("received_date", AD_TITLE("Received"), Type::Date),
         code("category", AD_TITLE("Category"), Kind::ConcernCategory),
         code("status", AD_TITLE("Status"), Kind::ConcernStatus),
         column("closed_date", AD_TITLE("Closed"), Type::Date)}};
    return lists;
}

#undef AD_TITLE

const QList<ListDefinition> &definitions()
{
    static const QList<ListDefinition> lists = buildDefinitions();
    return lists;
}

} // namespace

int ListDefinition::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

QString ListDefinition::translatedTitle() const
{
    return QCoreApplication::translate("ListDefinition", title);
}

QString ListDefinition::translatedColumnTitle(const ListColumn &column)
{
    return QCoreApplication::translate("ListDefinition", column.title);
}

const ListDefinition &listDefinition(ListKind kind)
{
    return definitions().at(static_cast<int>(kind));
}

} // namespace AllianceDesk
