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
    const QList<EventSummary> events = context.store.events(context.scope());

    ReportTable table;
    table.columns = {Column{tr("Event"), 5, false},      Column{tr("Date"), 1.5, false},
                     Column{tr("Place"), 2.2, false},    Column{tr("Participants"), 1.7, true},
                     Column{tr("Countries"), 1.2, true}, Column{tr("Listed"), 1, true}};
    qint64 participants = 0;
    for (const EventSummary &event : events) {
        QString place = event.online ? tr("online") : event.city;
        if (event.country)
            place += (place.isEmpty() ? QString() : u", "_s) + ReportContext::countryName(*event.country);
        QString dates = event.startDate;
        if (event.endDate && *event.endDate != event.startDate)
            dates = tr("%1 to %2").arg(dates, *event.endDate);
        table.addRow({event.name, dates, place, ReportContext::optionalNumber(event.reportedParticipants),
                      ReportContext::optionalNumber(event.reportedCountries),
                      QString::number(event.listedParticipants)});
        participants += event.reportedParticipants.value_or(0);
    }
    table.addTotal({tr("Total: %1 events").arg(events.size()), QString(), QString(), QString::number(participants),
                    QString(), QString()});
    context.document.addHeading(tr("Events"));
    context.document.addParagraph(tr("Participants and countries are the figures the organisers reported; "
                                     "“Listed” counts the participants recorded one by one."));
    context.document.addTable(std::move(table));

    for (const EventSummary &event : events) {
        const std::optional<qint64> &reported = event.reportedParticipants;
        const std::optional<qint64> &countries = event.reportedCountries;
        const qint64 listed = event.listedParticipants;
        if (!reported && !countries && listed == 0)
            continue;
        context.document.addHeading(event.name);
        if (reported && countries) {
            context.document.addParagraph(
                *countries == 1
                    ? tr("%1 participants from 1 country (as reported).").arg(*reported)
                    : tr("%1 participants from %2 countries (as reported).").arg(*reported).arg(*countries));
        } else if (reported) {
            context.document.addParagraph(tr("%1 participants (as reported).").arg(*reported));
        } else if (countries) {
            context.document.addParagraph(*countries == 1
                                              ? tr("Participants from 1 country (as reported).")
                                              : tr("Participants from %1 countries (as reported).").arg(*countries));
        }
        if (listed == 0)
            continue;
        const QList<CountryCount> byCountry = context.store.eventParticipantCountries(event.id);
        ReportTable countryTable;
        countryTable.columns = {Column{tr("Country participants came from"), 4, false},
                                Column{tr("Listed participants"), 1.5, true}};
        for (const CountryCount &country : byCountry)
            countryTable.addRow({ReportContext::countryName(country.country), QString::number(country.count)});
        countryTable.addTotal(
            {byCountry.size() == 1 ? tr("Total: 1 country") : tr("Total: %1 countries").arg(byCountry.size()),
             QString::number(listed)});
        context.document.addTable(std::move(countryTable));

        const QList<ListedParticipant> people = context.store.eventParticipants(event.id);
        ReportTable peopleTable;
        peopleTable.columns = {Column{tr("Participant"), 3, false}, Column{tr("Organisation"), 3, false},
                               Column{tr("Country"), 2, false}};
        for (const ListedParticipant &person : people)
            peopleTable.addRow({person.name, person.organisation, ReportContext::countryName(person.country)});
        context.document.addTable(std::move(peopleTable));
    }
}

} // namespace AllianceDesk
