#include "reportstore.h"

#include "sqlfunctions.h"
#include "sqlquery.h"

#include <QSqlRecord>

#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

using Bindings = std::initializer_list<std::pair<QString, QVariant>>;

/// Runs @p sql (named placeholders) and returns every row; each value is fed to @p hash.
QList<QVariantList> read(const QSqlDatabase &db, QCryptographicHash &hash, const QString &sql, Bindings bindings = {})
{
    SqlQuery query(db, sql);
    for (const auto &binding : bindings)
        query.bind(binding.first, binding.second);
    query.raw().setForwardOnly(true);
    query.exec();
    const int columns = query.raw().record().count();
    QList<QVariantList> result;
    QByteArray buffer;
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        buffer.clear();
        for (int i = 0; i < columns; ++i) {
            const QVariant value = query.value(i);
            // Type tag and length prefix: NULL, '' and 0 hash differently, and no two rows run together.
            const QByteArray bytes = value.isNull() ? QByteArray() : value.toString().toUtf8();
            buffer += value.isNull() ? 'N' : 'V';
            buffer += QByteArray::number(bytes.size());
            buffer += ':';
            buffer += bytes;
            row << value;
        }
        buffer += '\n';
        hash.addData(buffer);
        result << row;
    }
    hash.addData(QByteArrayView("\x1e", 1)); // end of one result set
    return result;
}

/// An SQL condition: @p column is the network or one of the networks under it ("1" without a network).
QString networkCondition(const QString &column, std::optional<qint64> networkId)
{
    if (!networkId)
        return u"1"_s;
    return u"%1 IN (WITH RECURSIVE scope(id) AS (SELECT %2 UNION SELECT n.id FROM networks n JOIN scope "
           "ON n.parent_id = scope.id) SELECT id FROM scope)"_s.arg(column)
               .arg(*networkId);
}

QVariant isoDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant countryOf(const ReportScope &scope)
{
    return scope.country.isEmpty() ? QVariant() : QVariant(scope.country);
}

std::optional<QString> optionalText(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

std::optional<qint64> optionalNumber(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

/// The value of @p column for the member directory (o: the organisation, m: its membership of the network).
QString directoryExpression(DirectoryColumn column, bool withMembership)
{
    switch (column) {
    case DirectoryColumn::Name:
        return u"o.name"_s;
    case DirectoryColumn::NativeName:
        return u"o.native_name"_s;
    case DirectoryColumn::Acronym:
        return u"o.acronym"_s;
    case DirectoryColumn::Type:
        return u"o.type"_s;
    case DirectoryColumn::Province:
        return u"o.province"_s;
    case DirectoryColumn::City:
        return u"o.city"_s;
    case DirectoryColumn::Email:
        return u"o.email"_s;
    case DirectoryColumn::Phone:
        return u"o.phone"_s;
    case DirectoryColumn::Website:
        return u"o.website"_s;
    case DirectoryColumn::Networks:
        return u"(SELECT group_concat(n.name, '; ') FROM membership_current mc JOIN networks n ON n.id = "
               "mc.network_id WHERE mc.organisation_id = o.id AND mc.status = 'active')"_s;
    case DirectoryColumn::Role:
        return withMembership ? u"m.role"_s : u"NULL"_s;
    case DirectoryColumn::Status:
        return withMembership ? u"m.status"_s : u"NULL"_s;
    case DirectoryColumn::Joined:
        return withMembership ? u"m.joined"_s : u"NULL"_s;
    }
    return u"NULL"_s;
}

/// "Uttar Pradesh, IN; PK" as the places it lists.
QList<ReachPlace> placesOf(const QString &text)
{
    QList<ReachPlace> places;
    for (const QString &place : text.split(u"; "_s, Qt::SkipEmptyParts)) {
        const qsizetype comma = place.lastIndexOf(u", "_s);
        if (comma < 0)
            places.append({std::nullopt, place});
        else
            places.append({place.left(comma), place.mid(comma + 2)});
    }
    return places;
}

} // namespace

ReportStore::ReportStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

QByteArray ReportStore::fingerprint() const
{
    return m_hash.result().toHex();
}

QCollator ReportStore::collator() const
{
    return sortCollator(m_db);
}

QString ReportStore::networkName(qint64 networkId)
{
    const QList<QVariantList> rows =
        read(m_db, m_hash, u"SELECT name FROM networks WHERE id = :id"_s, {{u":id"_s, networkId}});
    return rows.isEmpty() ? QString() : rows.constFirst().constFirst().toString();
}

QList<DirectoryEntry> ReportStore::memberDirectory(const ReportScope &scope, const QList<DirectoryColumn> &columns,
                                                   const std::optional<QList<qint64>> &organisationIds)
{
    QStringList selected{u"o.country"_s};
    for (const DirectoryColumn column : columns)
        selected << directoryExpression(column, scope.networkId.has_value());

    QString from = u"organisations o"_s;
    QString where = u"(:country IS NULL OR o.country = :country)"_s;
    if (scope.networkId) {
        // The current members of the network and of the networks under it, once each.
        from = u"membership_current m JOIN organisations o ON o.id = m.organisation_id"_s;
        where += u" AND m.status IN ('active', 'suspended', 'applicant') AND "_s +
                 networkCondition(u"m.network_id"_s, scope.networkId) +
                 u" AND m.id = (SELECT min(m2.id) FROM membership_current m2 WHERE m2.organisation_id = o.id AND "
                 "m2.status IN ('active', 'suspended', 'applicant') AND "_s +
                 networkCondition(u"m2.network_id"_s, scope.networkId) + u")"_s;
    }
    // The organisations as a JSON array bound as one value (json_each reads it): a list of any length.
    QVariant organisations;
    if (organisationIds) {
        QStringList ids;
        for (const qint64 id : *organisationIds)
            ids << QString::number(id);
        organisations = QString(u'[' + ids.join(u',') + u']');
    }
    where += u" AND (:organisations IS NULL OR o.id IN (SELECT value FROM json_each(:organisations)))"_s;
    // Grouped by the country's name (not its code), in the order a reader looks for it: the names as the locale
    // sorts them, as in the lists, and the organisations with no country recorded last.
    const QString sql =
        u"SELECT %1 FROM %2 WHERE %3 ORDER BY coalesce(o.country, '') = '', %4, o.country, o.sort_key, o.id"_s.arg(
            selected.join(u", "_s), from, where, collated(countryNameExpression(u"o.country"_s)));
    QList<DirectoryEntry> entries;
    for (const QVariantList &row :
         read(m_db, m_hash, sql, {{u":country"_s, countryOf(scope)}, {u":organisations"_s, organisations}})) {
        DirectoryEntry entry;
        entry.country = row.at(0).toString();
        for (qsizetype i = 1; i < row.size(); ++i)
            entry.values << row.at(i).toString();
        entries << entry;
    }
    return entries;
}

QList<MembershipChange> ReportStore::membershipChanges(const ReportScope &scope)
{
    const QList<QVariantList> rows =
        read(m_db, m_hash,
             u"SELECT c.effective_date, o.name, n.name, c.status, EXISTS (SELECT 1 FROM membership_status_changes e "
             "WHERE e.membership_id = c.membership_id AND e.status = 'active' AND (e.effective_date < c.effective_date "
             "OR (e.effective_date = c.effective_date AND e.id < c.id))), c.reason FROM membership_status_changes c "
             "JOIN memberships m ON m.id = c.membership_id JOIN organisations o ON o.id = m.organisation_id "
             "JOIN networks n ON n.id = m.network_id WHERE "_s +
                 networkCondition(u"m.network_id"_s, scope.networkId) +
                 u" AND (:from IS NULL OR c.effective_date >= :from) AND (:to IS NULL OR c.effective_date <= :to) "
                 "AND (:country IS NULL OR o.country = :country) ORDER BY c.effective_date, o.sort_key, c.id"_s,
             {{u":from"_s, isoDate(scope.from)}, {u":to"_s, isoDate(scope.to)}, {u":country"_s, countryOf(scope)}});
    QList<MembershipChange> changes;
    for (const QVariantList &row : rows) {
        changes << MembershipChange{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                                    row.at(3).toString(), row.at(4).toBool(),   row.at(5).toString()};
    }
    return changes;
}

std::optional<NetworkFacts> ReportStore::networkFacts(qint64 networkId)
{
    const QList<QVariantList> rows = read(
        m_db, m_hash,
        u"SELECT n.name, n.native_name, n.acronym, n.level, parent.name, n.country, n.region, n.founded, n.status, "
        "n.website, n.goal_long_term, n.goal_short_term FROM networks n LEFT JOIN networks parent ON parent.id = "
        "n.parent_id WHERE n.id = :id"_s,
        {{u":id"_s, networkId}});
    if (rows.isEmpty())
        return std::nullopt;
    const QVariantList &n = rows.constFirst();
    NetworkFacts facts;
    facts.name = n.at(0).toString();
    facts.nativeName = optionalText(n.at(1));
    facts.acronym = optionalText(n.at(2));
    facts.level = n.at(3).toString();
    facts.parentName = optionalText(n.at(4));
    facts.country = optionalText(n.at(5));
    facts.region = optionalText(n.at(6));
    facts.founded = optionalText(n.at(7));
    facts.status = n.at(8).toString();
    facts.website = optionalText(n.at(9));
    facts.longTermGoal = n.at(10).toString();
    facts.shortTermGoal = n.at(11).toString();
    return facts;
}

QStringList ReportStore::networkStrategies(qint64 networkId)
{
    QStringList strategies;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT strategy FROM network_strategies WHERE network_id = :id ORDER BY position, strategy"_s,
              {{u":id"_s, networkId}}))
        strategies << row.at(0).toString();
    return strategies;
}

QList<SecretariatHost> ReportStore::secretariatHosts(qint64 networkId)
{
    QList<SecretariatHost> hosts;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT o.name, t.start_date, t.end_date, t.date_precision FROM secretariat_terms t JOIN "
              "organisations o ON o.id = t.organisation_id WHERE t.network_id = :id ORDER BY t.start_date, t.id"_s,
              {{u":id"_s, networkId}}))
        hosts << SecretariatHost{row.at(0).toString(), row.at(1).toString(), optionalText(row.at(2)),
                                 row.at(3).toString()};
    return hosts;
}

QList<NetworkMember> ReportStore::networkMembers(qint64 networkId)
{
    QList<NetworkMember> members;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT m.status, o.name, o.country, m.role, m.status_since FROM membership_current m JOIN "
              "organisations o ON o.id = m.organisation_id WHERE m.network_id = :id ORDER BY CASE m.status WHEN "
              "'active' THEN 0 WHEN 'applicant' THEN 1 WHEN 'suspended' THEN 2 WHEN 'lapsed' THEN 3 ELSE 4 END, "
              "o.sort_key, o.id"_s,
              {{u":id"_s, networkId}}))
        members << NetworkMember{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(), row.at(3).toString(),
                                 row.at(4).toString()};
    return members;
}

QList<NetworkProgram> ReportStore::networkPrograms(qint64 networkId)
{
    QList<NetworkProgram> programs;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT p.name, lead.name, p.approach, (SELECT group_concat(coalesce(pl.province, pl.country), '; ') "
              "FROM program_places pl WHERE pl.program_id = p.id) FROM programs p JOIN organisations lead ON "
              "lead.id = p.lead_organisation_id WHERE "_s +
                  networkCondition(u"p.network_id"_s, networkId) + u" ORDER BY p.name COLLATE ad_locale, p.id"_s)) {
        // Split so that joining with the same separator gives back the text exactly.
        const QString places = row.at(3).toString();
        programs << NetworkProgram{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                                   places.isEmpty() ? QStringList() : places.split(u"; "_s)};
    }
    return programs;
}

QList<NetworkEvent> ReportStore::networkEvents(qint64 networkId, const QDate &from, const QDate &to)
{
    QList<NetworkEvent> events;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT e.name, e.kind, e.start_date, e.city, e.country, e.online, e.participant_count FROM events e "
              "WHERE "_s +
                  networkCondition(u"e.network_id"_s, networkId) +
                  u" AND (:from IS NULL OR e.start_date >= :from) AND (:to IS NULL OR e.start_date <= :to) "
                  "ORDER BY e.start_date, e.id"_s,
              {{u":from"_s, isoDate(from)}, {u":to"_s, isoDate(to)}})) {
        events << NetworkEvent{row.at(0).toString(),     row.at(1).toString(),    row.at(2).toString(),
                               row.at(3).toString(),     optionalText(row.at(4)), row.at(5).toBool(),
                               optionalNumber(row.at(6))};
    }
    return events;
}

QList<ConcernCount> ReportStore::concernCounts(qint64 networkId)
{
    QList<ConcernCount> counts;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT status, count(*) FROM concerns WHERE network_id = :id GROUP BY status ORDER BY status"_s,
              {{u":id"_s, networkId}}))
        counts << ConcernCount{row.at(0).toString(), row.at(1).toLongLong()};
    return counts;
}

QList<ConcernDetail> ReportStore::concernDetails(qint64 networkId)
{
    QList<ConcernDetail> concerns;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT c.received_date, o.name, c.category, c.status, c.summary, c.actions, c.confidential_notes "
              "FROM concerns c JOIN organisations o ON o.id = c.organisation_id WHERE c.network_id = :id "
              "ORDER BY c.received_date, c.id"_s,
              {{u":id"_s, networkId}})) {
        concerns << ConcernDetail{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                                  row.at(3).toString(), row.at(4).toString(), row.at(5).toString(),
                                  row.at(6).toString()};
    }
    return concerns;
}

namespace {

/// The programs of the scope's network that work in its country.
QString programScope(const ReportScope &scope)
{
    return networkCondition(u"p.network_id"_s, scope.networkId) +
           u" AND (:country IS NULL OR EXISTS (SELECT 1 FROM program_places pl WHERE pl.program_id = p.id AND "
           "pl.country = :country))"_s;
}

} // namespace

QList<ReachProgram> ReportStore::reachPrograms(const ReportScope &scope)
{
    QList<ReachProgram> programs;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT p.id, p.name, lead.name, p.approach, (SELECT group_concat(level, ',') FROM (SELECT level FROM "
              "program_levels l WHERE l.program_id = p.id ORDER BY CASE level WHEN 'individual' THEN 0 WHEN "
              "'relationship' THEN 1 WHEN 'community' THEN 2 WHEN 'institutional' THEN 3 ELSE 4 END)) FROM "
              "programs p JOIN organisations lead ON lead.id = p.lead_organisation_id WHERE "_s +
                  programScope(scope) + u" ORDER BY p.name COLLATE ad_locale, p.id"_s,
              {{u":country"_s, countryOf(scope)}})) {
        programs << ReachProgram{row.at(0).toLongLong(), row.at(1).toString(), row.at(2).toString(),
                                 row.at(3).toString(), row.at(4).toString().split(u',', Qt::SkipEmptyParts)};
    }
    return programs;
}

QList<ReachFigures> ReportStore::reachReports(const ReportScope &scope)
{
    QList<ReachFigures> reports;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT coalesce((SELECT group_concat(coalesce(pl.province || ', ', '') || pl.country, '; ') FROM "
              "program_places pl WHERE pl.program_id = p.id), ''), p.name, r.period_start, r.period_end, r.villages, "
              "r.districts, r.institutions, r.participants FROM reach_reports r JOIN programs p ON p.id = "
              "r.program_id WHERE "_s +
                  programScope(scope) +
                  u" AND (:from IS NULL OR r.period_end >= :from) AND (:to IS NULL OR r.period_start <= :to) "
                  "ORDER BY 1 COLLATE ad_locale, r.period_start, p.name COLLATE ad_locale, r.id"_s,
              {{u":country"_s, countryOf(scope)}, {u":from"_s, isoDate(scope.from)}, {u":to"_s, isoDate(scope.to)}})) {
        reports << ReachFigures{placesOf(row.at(0).toString()), row.at(1).toString(),      row.at(2).toString(),
                                row.at(3).toString(),           optionalNumber(row.at(4)), optionalNumber(row.at(5)),
                                optionalNumber(row.at(6)),      optionalNumber(row.at(7))};
    }
    return reports;
}

namespace {

/// The support groups of the programs of the scope's network, in its country.
QString groupScope(const ReportScope &scope)
{
    return networkCondition(u"p.network_id"_s, scope.networkId) + u" AND (:country IS NULL OR g.country = :country)"_s;
}

/// The meetings in the scope's period.
QString meetingPeriod()
{
    return u"(:from IS NULL OR mt.meeting_date >= :from) AND (:to IS NULL OR mt.meeting_date <= :to)"_s;
}

} // namespace

QList<SupportGroupDistrict> ReportStore::supportGroupsByDistrict(const ReportScope &scope)
{
    QList<SupportGroupDistrict> districts;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT coalesce(g.province, ''), coalesce(g.district, ''), count(*), sum(g.status = 'active'), "
              "sum((SELECT count(*) FROM meetings mt WHERE mt.support_group_id = g.id AND "_s +
                  meetingPeriod() +
                  u")), sum((SELECT coalesce(sum(mt.attendance), 0) FROM meetings mt WHERE mt.support_group_id = g.id "
                  "AND "_s +
                  meetingPeriod() +
                  u")), sum((SELECT count(*) FROM participants pt WHERE pt.support_group_id = g.id)) "
                  "FROM support_groups g JOIN programs p ON p.id = g.program_id WHERE "_s +
                  groupScope(scope) + u" GROUP BY 1, 2 ORDER BY 1, 2"_s,
              {{u":country"_s, countryOf(scope)}, {u":from"_s, isoDate(scope.from)}, {u":to"_s, isoDate(scope.to)}})) {
        districts << SupportGroupDistrict{row.at(0).toString(),   row.at(1).toString(),   row.at(2).toLongLong(),
                                          row.at(3).toLongLong(), row.at(4).toLongLong(), row.at(5).toLongLong(),
                                          row.at(6).toLongLong()};
    }
    return districts;
}

QList<SupportGroupYear> ReportStore::supportGroupMeetingsByYear(const ReportScope &scope)
{
    QList<SupportGroupYear> years;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT substr(mt.meeting_date, 1, 4), count(*), sum(mt.attendance), count(DISTINCT "
              "mt.support_group_id) FROM meetings mt JOIN support_groups g ON g.id = mt.support_group_id JOIN "
              "programs p ON p.id = g.program_id WHERE "_s +
                  groupScope(scope) + u" AND "_s + meetingPeriod() + u" GROUP BY 1 ORDER BY 1"_s,
              {{u":country"_s, countryOf(scope)}, {u":from"_s, isoDate(scope.from)}, {u":to"_s, isoDate(scope.to)}})) {
        years << SupportGroupYear{row.at(0).toString(), row.at(1).toLongLong(), row.at(2).toLongLong(),
                                  row.at(3).toLongLong()};
    }
    return years;
}

QList<SupportGroupParticipant> ReportStore::supportGroupParticipants(const ReportScope &scope)
{
    QList<SupportGroupParticipant> participants;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT g.district, g.name, pt.code, pt.identity, pt.joined FROM participants pt JOIN support_groups "
              "g ON g.id = pt.support_group_id JOIN programs p ON p.id = g.program_id WHERE "_s +
                  groupScope(scope) +
                  u" ORDER BY g.district COLLATE ad_locale, g.name COLLATE ad_locale, pt.code COLLATE ad_locale"_s,
              {{u":country"_s, countryOf(scope)}})) {
        participants << SupportGroupParticipant{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                                                row.at(3).toString(), row.at(4).toString()};
    }
    return participants;
}

QList<EventSummary> ReportStore::events(const ReportScope &scope)
{
    QList<EventSummary> events;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT e.id, e.name, e.kind, e.start_date, e.end_date, e.city, e.country, e.online, "
              "e.participant_count, e.country_count, (SELECT count(*) FROM event_participants ep WHERE ep.event_id = "
              "e.id), (SELECT count(DISTINCT ep.country) FROM event_participants ep WHERE ep.event_id = e.id) FROM "
              "events e WHERE "_s +
                  networkCondition(u"e.network_id"_s, scope.networkId) +
                  u" AND (:from IS NULL OR e.start_date >= :from) AND (:to IS NULL OR e.start_date <= :to) "
                  "AND (:country IS NULL OR e.country = :country) ORDER BY e.start_date, e.id"_s,
              {{u":from"_s, isoDate(scope.from)}, {u":to"_s, isoDate(scope.to)}, {u":country"_s, countryOf(scope)}})) {
        EventSummary event;
        event.id = row.at(0).toLongLong();
        event.name = row.at(1).toString();
        event.kind = row.at(2).toString();
        event.startDate = row.at(3).toString();
        event.endDate = optionalText(row.at(4));
        event.city = row.at(5).toString();
        event.country = optionalText(row.at(6));
        event.online = row.at(7).toBool();
        event.reportedParticipants = optionalNumber(row.at(8));
        event.reportedCountries = optionalNumber(row.at(9));
        event.listedParticipants = row.at(10).toLongLong();
        event.listedCountries = row.at(11).toLongLong();
        events << event;
    }
    return events;
}

QList<CountryCount> ReportStore::eventParticipantCountries(qint64 eventId)
{
    QList<CountryCount> countries;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT ep.country, count(*) FROM event_participants ep WHERE ep.event_id = :id GROUP BY ep.country "
              "ORDER BY count(*) DESC, ep.country"_s,
              {{u":id"_s, eventId}}))
        countries << CountryCount{row.at(0).toString(), row.at(1).toLongLong()};
    return countries;
}

QList<ListedParticipant> ReportStore::eventParticipants(qint64 eventId)
{
    QList<ListedParticipant> participants;
    for (const QVariantList &row :
         read(m_db, m_hash,
              u"SELECT coalesce(person.name, ep.name), o.name, ep.country FROM event_participants ep LEFT JOIN "
              "people person ON person.id = ep.person_id LEFT JOIN organisations o ON o.id = ep.organisation_id "
              "WHERE ep.event_id = :id ORDER BY 1 COLLATE ad_locale, ep.id"_s,
              {{u":id"_s, eventId}}))
        participants << ListedParticipant{row.at(0).toString(), row.at(1).toString(), row.at(2).toString()};
    return participants;
}

} // namespace AllianceDesk
