#include "detailhtml.h"

#include "htmlwriter.h"

#include "domain/vocabulary.h"
#include "storage/concernrepository.h"
#include "storage/eventrepository.h"
#include "storage/membershiprepository.h"
#include "storage/networkrepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/programrepository.h"
#include "storage/secretariattermrepository.h"
#include "storage/supportgrouprepository.h"
#include "util/countrycatalog.h"
#include "util/dates.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

using Kind = Vocabulary::Kind;

QString country(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QString name = CountryCatalog::instance().displayName(code);
    return name == code ? code : name + u" ("_s + code + u')';
}

QString count(const std::optional<int> &value)
{
    return value ? QLocale().toString(*value) : QString();
}

/// A reporting period: "2017" for a calendar year, otherwise its first and last day.
QString reportPeriod(const QDate &start, const QDate &end)
{
    if (start.isValid() && end.isValid() && start.year() == end.year() && start.dayOfYear() == 1 &&
        end.dayOfYear() == end.daysInYear())
        return QString::number(start.year());
    return DetailHtml::period(start, end);
}

QString labels(Kind kind, const QStringList &codes)
{
    QStringList result;
    for (const QString &code : codes)
        result << Vocabulary::label(kind, code);
    return result.join(u", "_s);
}

QString place(const QString &city, const QString &province, const QString &countryCode)
{
    QStringList parts;
    for (const QString &part : {city, province, country(countryCode)}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u", "_s);
}

} // namespace

DetailHtml::DetailHtml(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString DetailHtml::date(const QDate &date, const QString &precision)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    if (precision == u"year"_s)
        return QString::number(date.year());
    if (precision == u"month"_s)
        return locale.toString(date, u"MMMM yyyy"_s);
    return Dates::display(date, locale);
}

QString DetailHtml::period(const QDate &start, const QDate &end, const QString &precision)
{
    const QString to = end.isValid() ? date(end, precision) : tr("current");
    return date(start, precision) + u" – "_s + to;
}

QString DetailHtml::record(ListKind kind, qint64 id) const
{
    switch (kind) {
    case ListKind::Networks:
        return network(id);
    case ListKind::Organisations:
        return organisation(id);
    case ListKind::People:
        return person(id);
    case ListKind::Memberships:
        return membership(id);
    case ListKind::Programs:
        return program(id);
    case ListKind::SupportGroups:
        return supportGroup(id);
    case ListKind::Events:
        return event(id);
    case ListKind::Concerns:
        return concern(id);
    case ListKind::SecretariatTerms:
    case ListKind::Meetings:
        return {};
    }
    return {};
}

QString DetailHtml::network(qint64 id) const
{
    NetworkRepository networks(m_db);
    const Network network = networks.get(id);
    HtmlWriter html;
    html.title(network.name, network.nativeName);
    html.field(tr("Acronym"), network.acronym);
    html.field(tr("Level"), Vocabulary::label(Kind::NetworkLevel, network.level));
    html.field(tr("Status"), Vocabulary::label(Kind::NetworkStatus, network.status));
    if (network.parentId)
        html.field(tr("Part of"), networks.get(*network.parentId).name);
    html.field(tr("Country"), country(network.country));
    html.field(tr("Region"), network.region);
    html.field(tr("Founded"), date(network.founded));
    html.field(tr("Website"), network.website);

    QStringList children;
    for (const Network &child : networks.children(id))
        children << child.name;
    if (!children.isEmpty()) {
        html.heading(tr("Networks under it"));
        html.list(children);
    }

    if (!network.goalLongTerm.isEmpty() || !network.goalShortTerm.isEmpty()) {
        html.heading(tr("Goals"));
        html.field(tr("Long term"), network.goalLongTerm);
        html.field(tr("Short term"), network.goalShortTerm);
    }
    if (!network.strategies.isEmpty()) {
        html.heading(tr("Strategies"));
        html.list(network.strategies);
    }

    html.heading(tr("Members"));
    constexpr int namesPerStatus = 50;
    const QList<MembershipRepository::StatusGroup> groups =
        MembershipRepository(m_db).summaryForNetwork(id, namesPerStatus);
    if (groups.isEmpty())
        html.note(tr("No members recorded."));
    for (const MembershipRepository::StatusGroup &group : groups) {
        QStringList members;
        for (const auto &[name, role] : group.first) {
            members << (role == u"member"_s ? name
                                            : name + u" ("_s + Vocabulary::label(Kind::MembershipRole, role) + u')');
        }
        html.paragraph(Vocabulary::label(Kind::MembershipStatus, group.status) + u" (%1)"_s.arg(group.count));
        html.list(members);
        if (group.count > members.size())
            html.note(tr("… and %n more: select the network in the navigator to list them all.", nullptr,
                         group.count - static_cast<int>(members.size())));
    }

    html.heading(tr("Secretariat"));
    const QList<SecretariatTerm> terms = SecretariatTermRepository(m_db).forNetwork(id);
    if (terms.isEmpty()) {
        html.note(tr("No secretariat host recorded."));
    } else {
        QList<QStringList> rows;
        for (const SecretariatTerm &term : terms)
            rows << QStringList{term.organisationName, period(term.start, term.end, term.precision)};
        html.table({tr("Host"), tr("Period")}, rows);
    }

    const QList<Program> programs = ProgramRepository(m_db).forNetwork(id);
    if (!programs.isEmpty()) {
        html.heading(tr("Programs"));
        QStringList names;
        for (const Program &program : programs)
            names << program.name + u" — "_s + program.leadName;
        html.list(names);
    }
    if (!network.notes.trimmed().isEmpty()) {
        html.heading(tr("Notes"));
        html.paragraph(network.notes);
    }
    return html.html();
}

QString DetailHtml::organisation(qint64 id) const
{
    const Organisation organisation = OrganisationRepository(m_db).get(id);
    HtmlWriter html;
    html.title(organisation.name, organisation.nativeName);
    html.field(tr("Acronym"), organisation.acronym);
    html.field(tr("Type"), Vocabulary::label(Kind::OrganisationType, organisation.type));
    html.field(tr("Where"), place(organisation.city, organisation.province, organisation.country));
    html.field(tr("Website"), organisation.website);
    html.field(tr("Email"), organisation.email);
    html.field(tr("Phone"), organisation.phone);
    html.field(tr("Focus areas"), labels(Kind::FocusArea, organisation.focusAreas));

    html.heading(tr("Memberships"));
    const QList<Membership> memberships = MembershipRepository(m_db).forOrganisation(id);
    if (memberships.isEmpty()) {
        html.note(tr("Not a member of any network."));
    } else {
        QList<QStringList> rows;
        for (const Membership &membership : memberships)
            rows << QStringList{membership.networkName, Vocabulary::label(Kind::MembershipRole, membership.role),
                                Vocabulary::label(Kind::MembershipStatus, membership.status())};
        html.table({tr("Network"), tr("Role"), tr("Status")}, rows);
    }

    const QList<Program> programs = ProgramRepository(m_db).forOrganisation(id);
    if (!programs.isEmpty()) {
        html.heading(tr("Programs"));
        QList<QStringList> rows;
        for (const Program &program : programs)
            rows << QStringList{program.name, program.leadOrganisationId == id ? tr("Lead") : tr("Partner")};
        html.table({tr("Program"), tr("Part")}, rows);
    }

    const QList<Affiliation> people = PersonRepository(m_db).affiliationsOf(id);
    if (!people.isEmpty()) {
        html.heading(tr("People"));
        QList<QStringList> rows;
        for (const Affiliation &affiliation : people)
            rows << QStringList{affiliation.personName,
                                affiliation.title.isEmpty() ? affiliation.role : affiliation.title};
        html.table({tr("Name"), tr("Role")}, rows);
    }
    if (!organisation.notes.trimmed().isEmpty()) {
        html.heading(tr("Notes"));
        html.paragraph(organisation.notes);
    }
    return html.html();
}

QString DetailHtml::person(qint64 id) const
{
    const Person person = PersonRepository(m_db).get(id);
    HtmlWriter html;
    html.title(person.name, person.nativeName);
    html.field(tr("Email"), person.email);
    html.field(tr("Phone"), person.phone);
    html.field(tr("Languages"), person.languages);
    html.field(tr("Country"), country(person.country));

    html.heading(tr("Affiliations"));
    if (person.affiliations.isEmpty()) {
        html.note(tr("No affiliation recorded."));
    } else {
        QList<QStringList> rows;
        for (const Affiliation &affiliation : person.affiliations)
            rows << QStringList{affiliation.organisationName, affiliation.role, affiliation.title,
                                period(affiliation.start, affiliation.end)};
        html.table({tr("Organisation"), tr("Role"), tr("Title"), tr("Period")}, rows);
    }
    if (!person.notes.trimmed().isEmpty()) {
        html.heading(tr("Notes"));
        html.paragraph(person.notes);
    }
    return html.html();
}

QString DetailHtml::membership(qint64 id) const
{
    const Membership membership = MembershipRepository(m_db).get(id);
    HtmlWriter html;
    html.title(membership.organisationName);
    html.field(tr("Network"), membership.networkName);
    html.field(tr("Role"), Vocabulary::label(Kind::MembershipRole, membership.role));
    html.field(tr("Status"), Vocabulary::label(Kind::MembershipStatus, membership.status()));
    html.field(tr("Code of conduct signed"), date(membership.codeOfConductSigned));

    html.heading(tr("Status history"));
    QList<QStringList> rows;
    for (const MembershipStatusChange &change : membership.history)
        rows << QStringList{date(change.effectiveDate), Vocabulary::label(Kind::MembershipStatus, change.status),
                            change.reason};
    html.table({tr("Since"), tr("Status"), tr("Reason")}, rows);
    if (!membership.notes.trimmed().isEmpty()) {
        html.heading(tr("Notes"));
        html.paragraph(membership.notes);
    }
    return html.html();
}

QString DetailHtml::program(qint64 id) const
{
    ProgramRepository programs(m_db);
    const Program program = programs.get(id);
    HtmlWriter html;
    html.title(program.name, program.nativeName);
    html.field(tr("Acronym"), program.acronym);
    html.field(tr("Lead organisation"), program.leadName);
    QStringList partners;
    OrganisationRepository organisations(m_db);
    for (qint64 partnerId : program.partnerIds)
        partners << organisations.get(partnerId).name;
    html.field(tr("Partners"), partners);
    html.field(tr("Network"), program.networkName);
    if (!program.approach.isEmpty())
        html.field(tr("Approach"), Vocabulary::label(Kind::Approach, program.approach));
    html.field(tr("Socio-ecological levels"), labels(Kind::EcologicalLevel, program.levels));
    html.field(tr("Themes"), program.themes);
    QStringList places;
    for (const ProgramPlace &programPlace : program.places)
        places << place(programPlace.district, programPlace.province, programPlace.country);
    html.field(tr("Where"), places.join(u"; "_s));
    if (program.start.isValid())
        html.field(tr("Period"), period(program.start, program.end));
    html.paragraph(program.description);

    html.heading(tr("Reach over time"));
    const QList<ReachReport> reach = programs.reach(id);
    if (reach.isEmpty()) {
        html.note(tr("No reach reported."));
    } else {
        QList<QStringList> rows;
        for (const ReachReport &report : reach)
            rows << QStringList{reportPeriod(report.periodStart, report.periodEnd),
                                count(report.villages),
                                count(report.districts),
                                count(report.institutions),
                                count(report.participants),
                                report.note};
        html.table({tr("Period"), tr("Villages"), tr("Districts"), tr("Institutions"), tr("Participants"), tr("Note")},
                   rows);
    }

    const QList<QPair<QString, int>> districts = SupportGroupRepository(m_db).countByDistrict(id);
    if (!districts.isEmpty()) {
        int total = 0;
        QList<QStringList> rows;
        for (const auto &[district, count] : districts) {
            total += count;
            rows << QStringList{district.isEmpty() ? tr("District not recorded") : district, QString::number(count)};
        }
        html.heading(tr("Support groups (%1)").arg(total));
        html.table({tr("District"), tr("Groups")}, rows);
    }
    return html.html();
}

QString DetailHtml::supportGroup(qint64 id) const
{
    SupportGroupRepository groups(m_db);
    const SupportGroup group = groups.get(id);
    HtmlWriter html;
    html.title(group.name);
    html.field(tr("Program"), group.programName);
    html.field(tr("Where"), place(group.district, group.province, group.country));
    html.field(tr("Facilitator"), group.facilitatorName);
    html.field(tr("Founded"), date(group.founded));
    html.field(tr("Status"), Vocabulary::label(Kind::SupportGroupStatus, group.status));
    // Participants are people at risk: only how many there are is shown, never their codes or identities.
    html.field(tr("Participants"), QString::number(groups.participantCount(id)));

    html.heading(tr("Meetings"));
    const QList<Meeting> meetings = groups.meetings(id);
    if (meetings.isEmpty()) {
        html.note(tr("No meeting recorded."));
    } else {
        QList<QStringList> rows;
        for (const Meeting &meeting : meetings)
            rows << QStringList{date(meeting.date), meeting.topic, QString::number(meeting.attendance)};
        html.table({tr("Date"), tr("Topic"), tr("Attendance")}, rows);
    }
    return html.html();
}

QString DetailHtml::event(qint64 id) const
{
    EventRepository events(m_db);
    const Event event = events.get(id);
    HtmlWriter html;
    html.title(event.name);
    html.field(tr("Kind"), Vocabulary::label(Kind::EventKind, event.kind));
    html.field(tr("When"),
               event.end.isValid() && event.end != event.start ? period(event.start, event.end) : date(event.start));
    html.field(tr("Where"), event.online ? tr("Online") : place(event.city, QString(), event.country));
    if (event.organiserId)
        html.field(tr("Organiser"), OrganisationRepository(m_db).get(*event.organiserId).name);
    if (event.networkId)
        html.field(tr("Network"), NetworkRepository(m_db).get(*event.networkId).name);
    html.field(tr("Participants"), count(event.participantCount));
    html.field(tr("Countries"), count(event.countryCount));
    html.paragraph(event.description);

    const QList<QPair<QString, int>> countries = events.participantCountries(id);
    if (!countries.isEmpty()) {
        html.heading(tr("Listed participants by country"));
        QList<QStringList> rows;
        for (const auto &[code, participants] : countries)
            rows << QStringList{country(code), QString::number(participants)};
        html.table({tr("Country"), tr("Participants")}, rows);
    }
    return html.html();
}

QString DetailHtml::concern(qint64 id) const
{
    const Concern concern = ConcernRepository(m_db).get(id);
    HtmlWriter html;
    html.title(tr("Concern about %1").arg(OrganisationRepository(m_db).get(concern.organisationId).name));
    if (concern.networkId)
        html.field(tr("Network"), NetworkRepository(m_db).get(*concern.networkId).name);
    html.field(tr("Received"), date(concern.received));
    html.field(tr("Category"), Vocabulary::label(Kind::ConcernCategory, concern.category));
    html.field(tr("Status"), Vocabulary::label(Kind::ConcernStatus, concern.status));
    html.field(tr("Closed"), date(concern.closed));
    // The summary, actions and confidential notes are protected and stay out of the detail pane.
    html.note(tr("The summary and the confidential notes of a concern are not shown here."));
    return html.html();
}

} // namespace AllianceDesk
