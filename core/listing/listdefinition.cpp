#include "listdefinition.h"

#include "storage/sqlfunctions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

using Type = ListColumn::Type;
using Kind = Vocabulary::Kind;

#define AD_TITLE(text) QT_TRANSLATE_NOOP("ListDefinition", text)

ListColumn column(const char *key, const char *title, const char *expression, Type type = Type::Text)
{
    return ListColumn{QString::fromLatin1(key), title,           QString::fromLatin1(expression), type,
                      Kind::NetworkLevel,       type != Type::Id};
}

ListColumn code(const char *key, const char *title, const char *expression, Kind vocabulary)
{
    return ListColumn{QString::fromLatin1(key), title, QString::fromLatin1(expression), Type::Code, vocabulary, true};
}

/// A name column of a table that keeps its names' sort keys (networks, organisations, people): sorted by the key.
ListColumn name(const char *key, const char *title, const char *expression, const char *sortKey)
{
    ListColumn result = column(key, title, expression);
    result.sortExpression = QString::fromLatin1(sortKey);
    return result;
}

ListColumn shownId(const char *key, const char *title, const char *expression)
{
    ListColumn result = column(key, title, expression, Type::Id);
    result.shownInTable = true;
    return result;
}

QList<ListDefinition> buildDefinitions()
{
    QList<ListDefinition> lists;
    lists << ListDefinition{
        ListKind::Networks,
        u"networks"_s,
        AD_TITLE("Networks"),
        u"networks n LEFT JOIN networks parent ON parent.id = n.parent_id"_s,
        {shownId("id", AD_TITLE("ID"), "n.id"), name("name", AD_TITLE("Name"), "n.name", "n.sort_key"),
         column("native_name", AD_TITLE("Name in own script"), "n.native_name"),
         column("acronym", AD_TITLE("Acronym"), "n.acronym"),
         code("level", AD_TITLE("Level"), "n.level", Kind::NetworkLevel),
         column("parent_id", AD_TITLE("Parent ID"), "n.parent_id", Type::Id),
         name("parent", AD_TITLE("Parent network"), "parent.name", "parent.sort_key"),
         column("country", AD_TITLE("Country"), "n.country", Type::Country),
         column("region", AD_TITLE("Region"), "n.region"),
         column("founded", AD_TITLE("Founded"), "n.founded", Type::Date),
         code("status", AD_TITLE("Status"), "n.status", Kind::NetworkStatus),
         column("active_members", AD_TITLE("Active members"),
                "(SELECT count(*) FROM membership_current mc WHERE mc.network_id = n.id AND mc.status = 'active')",
                Type::Integer),
         column("website", AD_TITLE("Website"), "n.website")},
        {u"n.name"_s, u"n.native_name"_s, u"n.acronym"_s, u"n.region"_s, u"n.notes"_s},
        u"n.sort_key"_s,
        {}};
    lists << ListDefinition{
        ListKind::Organisations,
        u"organisations"_s,
        AD_TITLE("Organisations"),
        u"organisations o"_s,
        {shownId("id", AD_TITLE("ID"), "o.id"), name("name", AD_TITLE("Name"), "o.name", "o.sort_key"),
         column("native_name", AD_TITLE("Name in own script"), "o.native_name"),
         column("acronym", AD_TITLE("Acronym"), "o.acronym"),
         code("type", AD_TITLE("Type"), "o.type", Kind::OrganisationType),
         column("country", AD_TITLE("Country"), "o.country", Type::Country),
         column("province", AD_TITLE("Province"), "o.province"), column("city", AD_TITLE("City"), "o.city"),
         column("email", AD_TITLE("Email"), "o.email"), column("phone", AD_TITLE("Phone"), "o.phone", Type::Phone),
         column("website", AD_TITLE("Website"), "o.website")},
        {u"o.name"_s, u"o.native_name"_s, u"o.acronym"_s, u"o.city"_s, u"o.email"_s, u"o.notes"_s},
        u"o.sort_key"_s,
        u"ad_unverified_phone(o.phone) OR ad_unverified_email(o.email)"_s};
    lists << ListDefinition{
        ListKind::People,
        u"people"_s,
        AD_TITLE("People"),
        u"people p"_s,
        {shownId("id", AD_TITLE("ID"), "p.id"), name("name", AD_TITLE("Name"), "p.name", "p.sort_key"),
         column("native_name", AD_TITLE("Name in own script"), "p.native_name"),
         column("email", AD_TITLE("Email"), "p.email"), column("phone", AD_TITLE("Phone"), "p.phone", Type::Phone),
         column("languages", AD_TITLE("Languages"), "p.languages"),
         column("country", AD_TITLE("Country"), "p.country", Type::Country),
         column("organisations", AD_TITLE("Organisations"),
                "(SELECT group_concat(o.name, '; ') FROM affiliations a JOIN organisations o ON o.id = "
                "a.organisation_id WHERE a.person_id = p.id)")},
        {u"p.name"_s, u"p.native_name"_s, u"p.email"_s, u"p.notes"_s},
        u"p.sort_key"_s,
        u"ad_unverified_phone(p.phone) OR ad_unverified_email(p.email)"_s};
    lists << ListDefinition{
        ListKind::Memberships,
        u"memberships"_s,
        AD_TITLE("Memberships"),
        u"membership_current m JOIN organisations o ON o.id = m.organisation_id JOIN networks n ON n.id = m.network_id"_s,
        {shownId("id", AD_TITLE("ID"), "m.id"),
         column("organisation_id", AD_TITLE("Organisation ID"), "m.organisation_id", Type::Id),
         name("organisation", AD_TITLE("Organisation"), "o.name", "o.sort_key"),
         column("network_id", AD_TITLE("Network ID"), "m.network_id", Type::Id),
         name("network", AD_TITLE("Network"), "n.name", "n.sort_key"),
         code("role", AD_TITLE("Role"), "m.role", Kind::MembershipRole),
         code("status", AD_TITLE("Status"), "m.status", Kind::MembershipStatus),
         column("status_since", AD_TITLE("Status since"), "m.status_since", Type::Date),
         column("joined", AD_TITLE("Joined"), "m.joined", Type::Date),
         column("coc_signed", AD_TITLE("Code of conduct signed"), "m.coc_signed", Type::Date),
         column("country", AD_TITLE("Country"), "o.country", Type::Country)},
        {u"o.name"_s, u"o.native_name"_s, u"o.acronym"_s, u"n.name"_s},
        u"n.sort_key, o.sort_key"_s,
        u"ad_unverified_phone(o.phone) OR ad_unverified_email(o.email)"_s};
    lists << ListDefinition{
        ListKind::SecretariatTerms,
        u"secretariat-terms"_s,
        AD_TITLE("Secretariat terms"),
        u"secretariat_terms t JOIN networks n ON n.id = t.network_id JOIN organisations o ON o.id = t.organisation_id"_s,
        {shownId("id", AD_TITLE("ID"), "t.id"), column("network_id", AD_TITLE("Network ID"), "t.network_id", Type::Id),
         name("network", AD_TITLE("Network"), "n.name", "n.sort_key"),
         column("organisation_id", AD_TITLE("Host ID"), "t.organisation_id", Type::Id),
         name("host", AD_TITLE("Host organisation"), "o.name", "o.sort_key"),
         column("start_date", AD_TITLE("From"), "t.start_date", Type::Date),
         column("end_date", AD_TITLE("To"), "t.end_date", Type::Date),
         column("current", AD_TITLE("Current"), "(t.end_date IS NULL)", Type::Boolean)},
        {u"n.name"_s, u"o.name"_s, u"o.native_name"_s, u"t.notes"_s},
        u"n.sort_key, t.start_date"_s,
        {}};
    lists << ListDefinition{
        ListKind::Programs,
        u"programs"_s,
        AD_TITLE("Programs"),
        u"programs p JOIN organisations lead ON lead.id = p.lead_organisation_id "
        "LEFT JOIN networks n ON n.id = p.network_id"_s,
        {shownId("id", AD_TITLE("ID"), "p.id"), column("name", AD_TITLE("Name"), "p.name"),
         column("native_name", AD_TITLE("Name in own script"), "p.native_name"),
         column("acronym", AD_TITLE("Acronym"), "p.acronym"),
         column("lead_organisation_id", AD_TITLE("Lead ID"), "p.lead_organisation_id", Type::Id),
         name("lead_organisation", AD_TITLE("Lead organisation"), "lead.name", "lead.sort_key"),
         column("network_id", AD_TITLE("Network ID"), "p.network_id", Type::Id),
         name("network", AD_TITLE("Network"), "n.name", "n.sort_key"),
         code("approach", AD_TITLE("Approach"), "p.approach", Kind::Approach),
         column("places", AD_TITLE("Where"),
                "(SELECT group_concat(coalesce(pl.province, pl.country), '; ') FROM program_places pl "
                "WHERE pl.program_id = p.id)"),
         column("support_groups", AD_TITLE("Support groups"),
                "(SELECT count(*) FROM support_groups g WHERE g.program_id = p.id)", Type::Integer)},
        {u"p.name"_s, u"p.native_name"_s, u"p.acronym"_s, u"lead.name"_s, u"p.description"_s},
        collated(u"p.name"_s),
        {}};
    lists << ListDefinition{
        ListKind::SupportGroups,
        u"support-groups"_s,
        AD_TITLE("Support groups"),
        u"support_groups g JOIN programs p ON p.id = g.program_id LEFT JOIN people f ON f.id = g.facilitator_id"_s,
        {shownId("id", AD_TITLE("ID"), "g.id"), column("name", AD_TITLE("Name"), "g.name"),
         column("program_id", AD_TITLE("Program ID"), "g.program_id", Type::Id),
         column("program", AD_TITLE("Program"), "coalesce(p.acronym, p.name)"),
         column("district", AD_TITLE("District"), "g.district"), column("province", AD_TITLE("Province"), "g.province"),
         column("country", AD_TITLE("Country"), "g.country", Type::Country),
         column("facilitator", AD_TITLE("Facilitator"), "f.name"),
         column("founded", AD_TITLE("Founded"), "g.founded", Type::Date),
         code("status", AD_TITLE("Status"), "g.status", Kind::SupportGroupStatus),
         column("meetings", AD_TITLE("Meetings"), "(SELECT count(*) FROM meetings mt WHERE mt.support_group_id = g.id)",
                Type::Integer),
         column("participants", AD_TITLE("Participants"),
                "(SELECT count(*) FROM participants pt WHERE pt.support_group_id = g.id)", Type::Integer)},
        {u"g.name"_s, u"g.district"_s, u"g.province"_s, u"p.name"_s, u"p.acronym"_s},
        collated(u"g.district"_s) + u", "_s + collated(u"g.name"_s),
        {}};
    lists << ListDefinition{ListKind::Meetings,
                            u"meetings"_s,
                            AD_TITLE("Meetings"),
                            u"meetings mt JOIN support_groups g ON g.id = mt.support_group_id"_s,
                            {shownId("id", AD_TITLE("ID"), "mt.id"),
                             column("support_group_id", AD_TITLE("Group ID"), "mt.support_group_id", Type::Id),
                             column("support_group", AD_TITLE("Support group"), "g.name"),
                             column("district", AD_TITLE("District"), "g.district"),
                             column("meeting_date", AD_TITLE("Date"), "mt.meeting_date", Type::Date),
                             column("topic", AD_TITLE("Topic"), "mt.topic"),
                             column("attendance", AD_TITLE("Attendance"), "mt.attendance", Type::Integer)},
                            {u"g.name"_s, u"g.district"_s, u"mt.topic"_s},
                            u"mt.meeting_date"_s + u", "_s + collated(u"g.name"_s),
                            {}};
    lists << ListDefinition{
        ListKind::Events,
        u"events"_s,
        AD_TITLE("Events"),
        u"events e LEFT JOIN organisations o ON o.id = e.organiser_id LEFT JOIN networks n ON n.id = e.network_id"_s,
        {shownId("id", AD_TITLE("ID"), "e.id"), column("name", AD_TITLE("Name"), "e.name"),
         code("kind", AD_TITLE("Kind"), "e.kind", Kind::EventKind),
         column("start_date", AD_TITLE("From"), "e.start_date", Type::Date),
         column("end_date", AD_TITLE("To"), "e.end_date", Type::Date), column("city", AD_TITLE("City"), "e.city"),
         column("country", AD_TITLE("Country"), "e.country", Type::Country),
         column("online", AD_TITLE("Online"), "e.online", Type::Boolean),
         column("organiser", AD_TITLE("Organiser"), "o.name"),
         column("network_id", AD_TITLE("Network ID"), "e.network_id", Type::Id),
         name("network", AD_TITLE("Network"), "n.name", "n.sort_key"),
         column("participant_count", AD_TITLE("Participants"), "e.participant_count", Type::Integer),
         column("country_count", AD_TITLE("Countries"), "e.country_count", Type::Integer)},
        {u"e.name"_s, u"e.city"_s, u"o.name"_s, u"e.description"_s},
        u"e.start_date"_s,
        {}};
    // Concern summaries and confidential notes are protected: the list shows only what a concern is about.
    lists << ListDefinition{
        ListKind::Concerns,
        u"concerns"_s,
        AD_TITLE("Concerns"),
        u"concerns c JOIN organisations o ON o.id = c.organisation_id LEFT JOIN networks n ON n.id = c.network_id"_s,
        {shownId("id", AD_TITLE("ID"), "c.id"),
         column("organisation_id", AD_TITLE("Organisation ID"), "c.organisation_id", Type::Id),
         column("organisation", AD_TITLE("About"), "o.name"),
         column("network_id", AD_TITLE("Network ID"), "c.network_id", Type::Id),
         name("network", AD_TITLE("Network"), "n.name", "n.sort_key"),
         column("received_date", AD_TITLE("Received"), "c.received_date", Type::Date),
         code("category", AD_TITLE("Category"), "c.category", Kind::ConcernCategory),
         code("status", AD_TITLE("Status"), "c.status", Kind::ConcernStatus),
         column("closed_date", AD_TITLE("Closed"), "c.closed_date", Type::Date)},
        {u"o.name"_s, u"o.native_name"_s, u"n.name"_s},
        u"c.received_date DESC"_s,
        {}};
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

const QList<ListKind> &allListKinds()
{
    static const QList<ListKind> kinds = [] {
        QList<ListKind> result;
        for (const ListDefinition &definition : definitions())
            result << definition.kind;
        return result;
    }();
    return kinds;
}

std::optional<ListKind> listKindFromName(const QString &name)
{
    for (const ListDefinition &definition : definitions()) {
        if (definition.name == name)
            return definition.kind;
    }
    return std::nullopt;
}

} // namespace AllianceDesk
