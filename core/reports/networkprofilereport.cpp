#include "networkprofilereport.h"

#include "reportcontext.h"

#include "domain/vocabulary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("NetworkProfileReport", text, nullptr, n);
}

using Column = ReportTable::Column;

void addFacts(ReportContext &context, qint64 id)
{
    const std::optional<NetworkFacts> facts = context.store.networkFacts(id);
    if (!facts)
        return;
    QList<QPair<QString, QString>> fields{{tr("Name"), facts->name}};
    if (facts->nativeName)
        fields.append({tr("Name in own script"), *facts->nativeName});
    if (facts->acronym)
        fields.append({tr("Acronym"), *facts->acronym});
    fields.append({tr("Level"), Vocabulary::label(Vocabulary::Kind::NetworkLevel, facts->level)});
    if (facts->parentName)
        fields.append({tr("Part of"), *facts->parentName});
    if (facts->country)
        fields.append({tr("Country"), ReportContext::countryName(*facts->country)});
    if (facts->region)
        fields.append({tr("Region"), *facts->region});
    if (facts->founded)
        fields.append({tr("Founded"), *facts->founded});
    fields.append({tr("Status"), Vocabulary::label(Vocabulary::Kind::NetworkStatus, facts->status)});
    if (facts->website)
        fields.append({tr("Website"), *facts->website});
    context.document.addFields(fields);

    // A section with nothing recorded says so, rather than printing bare labels.
    context.document.addHeading(tr("Goals"));
    QList<QPair<QString, QString>> goals;
    if (!facts->longTermGoal.trimmed().isEmpty())
        goals.append({tr("Long-term goal"), facts->longTermGoal});
    if (!facts->shortTermGoal.trimmed().isEmpty())
        goals.append({tr("Short-term goal"), facts->shortTermGoal});
    if (goals.isEmpty())
        context.document.addParagraph(tr("No goal is recorded for this network."));
    else
        context.document.addFields(goals);

    const QStringList strategies = context.store.networkStrategies(id);
    context.document.addHeading(tr("Strategies"));
    ReportTable table;
    table.columns = {Column{u"#"_s, 0.4, true}, Column{tr("Strategy"), 8, false}};
    int index = 0;
    for (const QString &strategy : strategies)
        table.addRow({QString::number(++index), strategy});
    if (strategies.isEmpty())
        context.document.addParagraph(tr("No strategy is recorded for this network."));
    else
        context.document.addTable(std::move(table));
}

void addSecretariat(ReportContext &context, qint64 id)
{
    const QList<SecretariatHost> hosts = context.store.secretariatHosts(id);
    context.document.addHeading(tr("Secretariat hosts"));
    ReportTable table;
    table.columns = {Column{u"#"_s, 0.4, true}, Column{tr("Host organisation"), 5, false},
                     Column{tr("From"), 1.3, false}, Column{tr("To"), 1.3, false}};
    int index = 0;
    for (const SecretariatHost &host : hosts) {
        table.addRow({QString::number(++index), host.organisation,
                      ReportContext::date(host.startDate, host.datePrecision),
                      host.endDate ? ReportContext::date(*host.endDate, host.datePrecision) : tr("current")});
    }
    if (hosts.isEmpty())
        context.document.addParagraph(tr("No secretariat host is recorded."));
    else
        context.document.addTable(std::move(table));
}

void addMembers(ReportContext &context, qint64 id)
{
    const QList<NetworkMember> members = context.store.networkMembers(id);
    context.document.addHeading(tr("Members by status"));
    ReportTable table;
    table.columns = {Column{tr("Organisation"), 4, false}, Column{tr("Country"), 2, false},
                     Column{tr("Role"), 1.8, false}, Column{tr("Since"), 1.3, false}};
    QString status;
    int start = -1;
    auto closeGroup = [&] {
        if (start >= 0) {
            const int count = static_cast<int>(table.rows.size()) - start - 1;
            table.rows[start].cells[0] = u"%1 — %2"_s.arg(table.rows[start].cells[0]).arg(count);
        }
    };
    for (const NetworkMember &member : members) {
        if (member.status != status) {
            closeGroup();
            status = member.status;
            start = static_cast<int>(table.rows.size());
            table.addGroup(Vocabulary::label(Vocabulary::Kind::MembershipStatus, status));
        }
        table.addRow({member.organisation, ReportContext::countryName(member.country),
                      Vocabulary::label(Vocabulary::Kind::MembershipRole, member.role), member.since});
    }
    closeGroup();
    table.addTotal({tr("Total: %1").arg(members.size())});
    context.document.addTable(std::move(table));
}

void addPrograms(ReportContext &context, qint64 id)
{
    const QList<NetworkProgram> programs = context.store.networkPrograms(id);
    context.document.addHeading(tr("Programs"));
    ReportTable table;
    table.columns = {Column{tr("Program"), 4, false}, Column{tr("Lead organisation"), 3, false},
                     Column{tr("Approach"), 1.6, false}, Column{tr("Where"), 2, false}};
    for (const NetworkProgram &program : programs) {
        table.addRow({program.name, program.leadOrganisation,
                      Vocabulary::label(Vocabulary::Kind::Approach, program.approach), program.places.join(u"; "_s)});
    }
    if (programs.isEmpty())
        context.document.addParagraph(tr("No program is recorded under this network."));
    else
        context.document.addTable(std::move(table));
}

void addEvents(ReportContext &context, qint64 id)
{
    const QList<NetworkEvent> events = context.store.networkEvents(id, context.parameters.from, context.parameters.to);
    context.document.addHeading(tr("Events"));
    ReportTable table;
    table.columns = {Column{tr("Event"), 5, false}, Column{tr("Kind"), 1.4, false}, Column{tr("Date"), 1.4, false},
                     Column{tr("Place"), 2.2, false}, Column{tr("Participants"), 1.3, true}};
    for (const NetworkEvent &event : events) {
        QString place = event.online ? tr("online") : event.city;
        if (event.country)
            place += (place.isEmpty() ? QString() : u", "_s) + ReportContext::countryName(*event.country);
        table.addRow({event.name, Vocabulary::label(Vocabulary::Kind::EventKind, event.kind), event.startDate, place,
                      ReportContext::optionalNumber(event.participantCount)});
    }
    if (events.isEmpty())
        context.document.addParagraph(tr("No event is recorded for this network."));
    else
        context.document.addTable(std::move(table));
}

void addConcerns(ReportContext &context, qint64 id)
{
    context.document.addHeading(tr("Conduct concerns"));
    const QList<ConcernCount> counts = context.store.concernCounts(id);
    ReportTable table;
    table.columns = {Column{tr("Status"), 3, false}, Column{tr("Concerns"), 1, true}};
    qint64 total = 0;
    for (const ConcernCount &count : counts) {
        table.addRow({Vocabulary::label(Vocabulary::Kind::ConcernStatus, count.status), QString::number(count.count)});
        total += count.count;
    }
    table.addTotal({tr("Total"), QString::number(total)});
    context.document.addTable(std::move(table));
    if (!context.parameters.includeProtected) {
        context.document.addParagraph(tr("The details of concerns are protected and not part of this report."));
        return;
    }
    const QList<ConcernDetail> concerns = context.store.concernDetails(id);
    if (concerns.isEmpty())
        return; // nothing to show, and no heading over nothing
    context.document.addHeading(tr("Conduct concerns in detail (protected)"));
    for (const ConcernDetail &concern : concerns) {
        context.document.addFields(
            {{tr("Received"), concern.receivedDate},
             {tr("About"), concern.organisation},
             {tr("Category"), Vocabulary::label(Vocabulary::Kind::ConcernCategory, concern.category)},
             {tr("Status"), Vocabulary::label(Vocabulary::Kind::ConcernStatus, concern.status)},
             {tr("Summary"), concern.summary},
             {tr("Actions"), concern.actions},
             {tr("Confidential notes"), concern.confidentialNotes}});
    }
}

} // namespace

void NetworkProfileReport::build(ReportContext &context)
{
    const qint64 id = *context.networkId;
    addFacts(context, id);
    addSecretariat(context, id);
    addMembers(context, id);
    addPrograms(context, id);
    addEvents(context, id);
    addConcerns(context, id);
}

} // namespace AllianceDesk
