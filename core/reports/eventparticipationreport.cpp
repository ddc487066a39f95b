#include "eventparticipationreport.h"

#include "reportcontext.h"

#include "domain/vocabulary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("EventParticipationReport", text, nullptr, n);
}

using Column = ReportTable::Column;

} // namespace

void EventParticipationReport::build(ReportContext &context)
{
    const QList<QVariantList> events = context.data.rows(
        u"SELECT e.id, e.name, e.kind, e.start_date, e.end_date, e.city, e.country, e.online, e.participant_count, "
        "e.country_count, (SELECT count(*) FROM event_participants ep WHERE ep.event_id = e.id), "
        "(SELECT count(DISTINCT ep.country) FROM event_participants ep WHERE ep.event_id = e.id) FROM events e "
        "WHERE "_s +
            context.networkCondition(u"e.network_id"_s) +
            u" AND (:from IS NULL OR e.start_date >= :from) AND (:to IS NULL OR e.start_date <= :to) "
            "AND (:country IS NULL OR e.country = :country) ORDER BY e.start_date, e.id"_s,
        {{u":from"_s, context.from()}, {u":to"_s, context.to()}, {u":country"_s, context.country()}});

    ReportTable table;
    table.columns = {Column{tr("Event"), 5, false},      Column{tr("Date"), 1.5, false},
                     Column{tr("Place"), 2.2, false},    Column{tr("Participants"), 1.7, true},
                     Column{tr("Countries"), 1.2, true}, Column{tr("Listed"), 1, true}};
    qint64 participants = 0;
    for (const QVariantList &row : events) {
        QString place = row.at(7).toBool() ? tr("online") : row.at(5).toString();
        if (!row.at(6).isNull())
            place += (place.isEmpty() ? QString() : u", "_s) + ReportContext::countryName(row.at(6));
        QString dates = row.at(3).toString();
        if (!row.at(4).isNull() && row.at(4) != row.at(3))
            dates = tr("%1 to %2").arg(dates, row.at(4).toString());
        table.addRow({row.at(1).toString(), dates, place, ReportContext::optionalNumber(row.at(8)),
                      ReportContext::optionalNumber(row.at(9)), QString::number(row.at(10).toLongLong())});
        participants += row.at(8).toLongLong();
    }
    table.addTotal({tr("Total: %1 events").arg(events.size()), QString(), QString(), QString::number(participants),
                    QString(), QString()});
    context.document.addHeading(tr("Events"));
    context.document.addParagraph(tr("Participants and countries are the figures the organisers reported; "
                                     "“Listed” counts the participants recorded one by one."));
    context.document.addTable(std::move(table));

    for (const QVariantList &event : events) {
        const QVariant reported = event.at(8);
        const QVariant countries = event.at(9);
        const qint64 listed = event.at(10).toLongLong();
        if (reported.isNull() && countries.isNull() && listed == 0)
            continue;
        context.document.addHeading(event.at(1).toString());
        if (!reported.isNull() && !countries.isNull()) {
            const qint64 countryCount = countries.toLongLong();
            context.document.addParagraph(
                countryCount == 1 ? tr("%1 participants from 1 country (as reported).").arg(reported.toLongLong())
                                  : tr("%1 participants from %2 countries (as reported).")
                                        .arg(reported.toLongLong())
                                        .arg(countryCount));
        } else if (!reported.isNull()) {
            context.document.addParagraph(tr("%1 participants (as reported).").arg(reported.toLongLong()));
        } else if (!countries.isNull()) {
            context.document.addParagraph(
                countries.toLongLong() == 1
                    ? tr("Participants from 1 country (as reported).")
                    : tr("Participants from %1 countries (as reported).").arg(countries.toLongLong()));
        }
        if (listed == 0)
            continue;
        const QList<QVariantList> byCountry = context.data.rows(
            u"SELECT ep.country, count(*) FROM event_participants ep WHERE ep.event_id = :id GROUP BY ep.country "
            "ORDER BY count(*) DESC, ep.country"_s,
            {{u":id"_s, event.at(0)}});
        ReportTable countryTable;
        countryTable.columns = {Column{tr("Country participants came from"), 4, false},
                                Column{tr("Listed participants"), 1.5, true}};
        for (const QVariantList &row : byCountry)
            countryTable.addRow({ReportContext::countryName(row.at(0)), QString::number(row.at(1).toLongLong())});
        countryTable.addTotal(
            {byCountry.size() == 1 ? tr("Total: 1 country") : tr("Total: %1 countries").arg(byCountry.size()),
             QString::number(listed)});
        context.document.addTable(std::move(countryTable));

        const QList<QVariantList> people = context.data.rows(
            u"SELECT coalesce(person.name, ep.name), o.name, ep.country FROM event_participants ep LEFT JOIN people "
            "person ON person.id = ep.person_id LEFT JOIN organisations o ON o.id = ep.organisation_id WHERE "
            "ep.event_id = :id ORDER BY 1 COLLATE ad_locale, ep.id"_s,
            {{u":id"_s, event.at(0)}});
        ReportTable peopleTable;
        peopleTable.columns = {Column{tr("Participant"), 3, false}, Column{tr("Organisation"), 3, false},
                               Column{tr("Country"), 2, false}};
        for (const QVariantList &row : people)
            peopleTable.addRow({row.at(0).toString(), row.at(1).toString(), ReportContext::countryName(row.at(2))});
        context.document.addTable(std::move(peopleTable));
    }
}

} // namespace AllianceDesk
