#include "listqueries.h"

#include "sqlfunctions.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

using Order = ListQuery::Order;
using Column = ListQuery::Column;
using SearchField = ListQuery::SearchField;

/// A column sorted by its value: ids, numbers, dates, codes, booleans, phone numbers.
Column value(const char *key, const char *expression)
{
    const QString sql = QString::fromLatin1(expression);
    return Column{QString::fromLatin1(key), sql, Order::Value, sql};
}

/// A text column: sorted as people of the locale expect.
Column text(const char *key, const char *expression)
{
    const QString sql = QString::fromLatin1(expression);
    return Column{QString::fromLatin1(key), sql, Order::Text, collated(sql)};
}

/// A country code: sorted by the country's name the list shows, not by its code.
Column country(const char *key, const char *expression)
{
    const QString sql = QString::fromLatin1(expression);
    return Column{QString::fromLatin1(key), sql, Order::CountryName, collated(countryNameExpression(sql))};
}

/// A name of a table that keeps its names' sort keys (networks, organisations, people): sorted by the key, the same
/// order as the `ad_locale` collation, served by an index.
Column named(const char *key, const char *expression, const char *sortKey)
{
    return Column{QString::fromLatin1(key), QString::fromLatin1(expression), Order::SortKey,
                  QString::fromLatin1(sortKey)};
}

SearchField indexed(const char *expression)
{
    return SearchField{QString::fromLatin1(expression), true};
}

SearchField scanned(const char *expression)
{
    return SearchField{QString::fromLatin1(expression), false};
}

QList<ListQuery> buildQueries()
{
    QList<ListQuery> lists;
    lists << ListQuery{
        ListKind::Networks,
        u"networks n LEFT JOIN networks parent ON parent.id = n.parent_id"_s,
        {value("id", "n.id"), named("name", "n.name", "n.sort_key"), text("native_name", "n.native_name"),
         text("acronym", "n.acronym"), value("level", "n.level"), value("parent_id", "n.parent_id"),
         named("parent", "parent.name", "parent.sort_key"), country("country", "n.country"), text("region", "n.region"),
         value("founded", "n.founded"), value("status", "n.status"),
         value("active_members", "(SELECT count(*) FROM membership_current mc WHERE mc.network_id = "
                                 "n.id AND mc.status = 'active')"),
         text("website", "n.website")},
        {indexed("n.name"), indexed("n.native_name"), indexed("n.acronym"), indexed("n.region"), indexed("n.notes")},
        u"n.sort_key"_s,
        {}};
    lists << ListQuery{ListKind::Organisations,
                       u"organisations o"_s,
                       {value("id", "o.id"), named("name", "o.name", "o.sort_key"),
                        text("native_name", "o.native_name"), text("acronym", "o.acronym"), value("type", "o.type"),
                        country("country", "o.country"), text("province", "o.province"), text("city", "o.city"),
                        text("email", "o.email"), value("phone", "o.phone"), text("website", "o.website")},
                       {indexed("o.name"), indexed("o.native_name"), indexed("o.acronym"), indexed("o.city"),
                        indexed("o.email"), indexed("o.notes")},
                       u"o.sort_key"_s,
                       u"ad_unverified_phone(o.phone) OR ad_unverified_email(o.email)"_s};
    lists << ListQuery{ListKind::People,
                       u"people p"_s,
                       {value("id", "p.id"), named("name", "p.name", "p.sort_key"),
                        text("native_name", "p.native_name"), text("email", "p.email"), value("phone", "p.phone"),
                        text("languages", "p.languages"), country("country", "p.country"),
                        text("organisations", "(SELECT group_concat(o.name, '; ') FROM affiliations a JOIN "
                                              "organisations o ON o.id = a.organisation_id WHERE a.person_id = p.id)")},
                       {indexed("p.name"), indexed("p.native_name"), indexed("p.email"), indexed("p.notes")},
                       u"p.sort_key"_s,
                       u"ad_unverified_phone(p.phone) OR ad_unverified_email(p.email)"_s};
    lists << ListQuery{ListKind::Memberships,
                       u"membership_current m JOIN organisations o ON o.id = m.organisation_id "
                       "JOIN networks n ON n.id = m.network_id"_s,
                       {value("id", "m.id"), value("organisation_id", "m.organisation_id"),
                        named("organisation", "o.name", "o.sort_key"), value("network_id", "m.network_id"),
                        named("network", "n.name", "n.sort_key"), value("role", "m.role"), value("status", "m.status"),
                        value("status_since", "m.status_since"), value("joined", "m.joined"),
                        value("coc_signed", "m.coc_signed"), country("country", "o.country")},
                       {scanned("o.name"), scanned("o.native_name"), scanned("o.acronym"), scanned("n.name")},
                       u"n.sort_key, o.sort_key"_s,
                       u"ad_unverified_phone(o.phone) OR ad_unverified_email(o.email)"_s};
    lists << ListQuery{ListKind::SecretariatTerms,
                       u"secretariat_terms t JOIN networks n ON n.id = t.network_id "
                       "JOIN organisations o ON o.id = t.organisation_id"_s,
                       {value("id", "t.id"), value("network_id", "t.network_id"),
                        named("network", "n.name", "n.sort_key"), value("organisation_id", "t.organisation_id"),
                        named("host", "o.name", "o.sort_key"), value("start_date", "t.start_date"),
                        value("end_date", "t.end_date"), value("current", "(t.end_date IS NULL)")},
                       {scanned("n.name"), scanned("o.name"), scanned("o.native_name"), scanned("t.notes")},
                       u"n.sort_key, t.start_date"_s,
                       {}};
    lists << ListQuery{ListKind::Programs,
                       u"programs p JOIN organisations lead ON lead.id = p.lead_organisation_id "
                       "LEFT JOIN networks n ON n.id = p.network_id"_s,
                       {value("id", "p.id"), text("name", "p.name"), text("native_name", "p.native_name"),
                        text("acronym", "p.acronym"), value("lead_organisation_id", "p.lead_organisation_id"),
                        named("lead_organisation", "lead.name", "lead.sort_key"), value("network_id", "p.network_id"),
                        named("network", "n.name", "n.sort_key"), value("approach", "p.approach"),
                        text("places", "(SELECT group_concat(coalesce(pl.province, pl.country), '; ') FROM "
                                       "program_places pl WHERE pl.program_id = p.id)"),
                        value("support_groups", "(SELECT count(*) FROM support_groups g WHERE g.program_id = p.id)")},
                       {indexed("p.name"), indexed("p.native_name"), indexed("p.acronym"), scanned("lead.name"),
                        indexed("p.description")},
                       collated(u"p.name"_s),
                       {}};
    lists << ListQuery{
        ListKind::SupportGroups,
        u"support_groups g JOIN programs p ON p.id = g.program_id "
        "LEFT JOIN people f ON f.id = g.facilitator_id"_s,
        {value("id", "g.id"), text("name", "g.name"), value("program_id", "g.program_id"),
         text("program", "coalesce(p.acronym, p.name)"), text("district", "g.district"), text("province", "g.province"),
         country("country", "g.country"), text("facilitator", "f.name"), value("founded", "g.founded"),
         value("status", "g.status"),
         value("meetings", "(SELECT count(*) FROM meetings mt WHERE mt.support_group_id = g.id)"),
         value("participants", "(SELECT count(*) FROM participants pt WHERE pt.support_group_id = g.id)")},
        {indexed("g.name"), indexed("g.district"), indexed("g.province"), scanned("p.name"), scanned("p.acronym")},
        collated(u"g.district"_s) + u", "_s + collated(u"g.name"_s),
        {}};
    lists << ListQuery{ListKind::Meetings,
                       u"meetings mt JOIN support_groups g ON g.id = mt.support_group_id"_s,
                       {value("id", "mt.id"), value("support_group_id", "mt.support_group_id"),
                        text("support_group", "g.name"), text("district", "g.district"),
                        value("meeting_date", "mt.meeting_date"), text("topic", "mt.topic"),
                        value("attendance", "mt.attendance")},
                       {scanned("g.name"), scanned("g.district"), scanned("mt.topic")},
                       u"mt.meeting_date"_s + u", "_s + collated(u"g.name"_s),
                       {}};
    lists << ListQuery{ListKind::Events,
                       u"events e LEFT JOIN organisations o ON o.id = e.organiser_id "
                       "LEFT JOIN networks n ON n.id = e.network_id"_s,
                       {value("id", "e.id"), text("name", "e.name"), value("kind", "e.kind"),
                        value("start_date", "e.start_date"), value("end_date", "e.end_date"), text("city", "e.city"),
                        country("country", "e.country"), value("online", "e.online"), text("organiser", "o.name"),
                        value("network_id", "e.network_id"), named("network", "n.name", "n.sort_key"),
                        value("participant_count", "e.participant_count"), value("country_count", "e.country_count")},
                       {indexed("e.name"), indexed("e.city"), scanned("o.name"), indexed("e.description")},
                       u"e.start_date"_s,
                       {}};
    // Concern summaries and confidential notes are protected: a concern is found and listed only by what it is about.
    lists << ListQuery{ListKind::Concerns,
                       u"concerns c JOIN organisations o ON o.id = c.organisation_id "
                       "LEFT JOIN networks n ON n.id = c.network_id"_s,
                       {value("id", "c.id"), value("organisation_id", "c.organisation_id"),
                        text("organisation", "o.name"), value("network_id", "c.network_id"),
                        named("network", "n.name", "n.sort_key"), value("received_date", "c.received_date"),
                        value("category", "c.category"), value("status", "c.status"),
                        value("closed_date", "c.closed_date")},
                       {indexed("o.name"), indexed("o.native_name"), scanned("n.name")},
                       u"c.received_date DESC"_s,
                       {}};
    return lists;
}

} // namespace

const ListQuery::Column *ListQuery::column(const QString &key) const
{
    for (const Column &candidate : columns) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

QStringList ListQuery::indexedSearchExpressions() const
{
    QStringList expressions;
    for (const SearchField &field : searchFields) {
        if (field.indexed)
            expressions << field.expression;
    }
    return expressions;
}

const ListQuery &listQuery(ListKind kind)
{
    static const QList<ListQuery> queries = buildQueries();
    return queries.at(static_cast<int>(kind));
}

} // namespace AllianceDesk
