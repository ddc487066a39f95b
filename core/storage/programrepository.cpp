#include "programrepository.h"

#include "rules.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProgramRepository", text);
}
} // namespace

ProgramRepository::ProgramRepository(QSqlDatabase db)
    : m_db(db)
    , m_audit(db)
{}

void ProgramRepository::validate(const Program &program) const
{
    const QString record = Rules::describe(tr("Program"), program.name);
    Rules::requireText(record, tr("name"), program.name);
    if (!program.approach.isEmpty())
        Rules::requireCode(record, Vocabulary::Kind::Approach, program.approach);
    for (const QString &level : program.levels)
        Rules::requireCode(record, Vocabulary::Kind::EcologicalLevel, level);
    for (const ProgramPlace &place : program.places)
        Rules::requireCountry(record, place.country, true);
    Rules::requireOrder(record, tr("start date"), program.start, tr("end date"), program.end);
    SqlQuery lead(m_db, u"SELECT 1 FROM organisations WHERE id = :id"_s);
    lead.bind(u":id"_s, program.leadOrganisationId).exec();
    if (!lead.next())
        throw RuleViolation(tr("%1: its lead organisation is required.").arg(record));
}

qint64 ProgramRepository::add(const Program &program)
{
    validate(program);

    SqlQuery query(m_db, u"INSERT INTO programs (name, native_name, acronym, network_id, lead_organisation_id, "
                         "approach, start_date, end_date, description, is_sample) VALUES (:name, :native, :acronym, "
                         ":network, :lead, :approach, :start, :end, :description, :sample)"_s);
    query.bindText(u":name"_s, program.name)
        .bindText(u":native"_s, program.nativeName)
        .bindText(u":acronym"_s, program.acronym)
        .bind(u":network"_s, SqlValues::fromOptional(program.networkId))
        .bind(u":lead"_s, program.leadOrganisationId)
        .bindText(u":approach"_s, program.approach)
        .bind(u":start"_s, SqlValues::fromDate(program.start))
        .bind(u":end"_s, SqlValues::fromDate(program.end))
        .bindText(u":description"_s, program.description)
        .bind(u":sample"_s, program.isSample ? 1 : 0)
        .exec();
    const qint64 id = query.lastInsertId();
    writeChildren(id, program);
    m_audit.recordCreate(u"programs"_s, id, program.name.trimmed());
    return id;
}

void ProgramRepository::writeChildren(qint64 id, const Program &program)
{
    for (qint64 partner : program.partnerIds) {
        SqlQuery insert(m_db,
                        u"INSERT OR IGNORE INTO program_partners (program_id, organisation_id) VALUES (:id, :org)"_s);
        insert.bind(u":id"_s, id).bind(u":org"_s, partner).exec();
    }
    for (const QString &theme : program.themes) {
        SqlQuery insert(m_db, u"INSERT OR IGNORE INTO program_themes (program_id, theme) VALUES (:id, :theme)"_s);
        insert.bind(u":id"_s, id).bind(u":theme"_s, theme.trimmed()).exec();
    }
    for (const QString &level : program.levels) {
        SqlQuery insert(m_db, u"INSERT OR IGNORE INTO program_levels (program_id, level) VALUES (:id, :level)"_s);
        insert.bind(u":id"_s, id).bind(u":level"_s, level).exec();
    }
    for (const ProgramPlace &place : program.places) {
        SqlQuery insert(m_db, u"INSERT INTO program_places (program_id, country, province, district) "
                              "VALUES (:id, :country, :province, :district)"_s);
        insert.bind(u":id"_s, id)
            .bind(u":country"_s, place.country)
            .bindText(u":province"_s, place.province)
            .bindText(u":district"_s, place.district)
            .exec();
    }
}

QVariantMap ProgramRepository::fields(const Program &program)
{
    return {{u"name"_s, program.name},
            {u"native_name"_s, program.nativeName},
            {u"acronym"_s, program.acronym},
            {u"network_id"_s, SqlValues::fromOptional(program.networkId)},
            {u"lead_organisation_id"_s, program.leadOrganisationId},
            {u"approach"_s, program.approach},
            {u"start_date"_s, program.start},
            {u"end_date"_s, program.end},
            {u"description"_s, program.description}};
}

void ProgramRepository::update(const Program &program, RowWriter::OnConflict onConflict)
{
    validate(program);
    const Program before = get(program.id);
    const QString record = Rules::describe(tr("Program"), program.name);
    RowWriter writer(m_db, u"programs"_s);
    writer.update(program.id, program.rowVersion, fields(before), fields(program), record, onConflict);
    auto places = [](const Program &p) {
        QStringList result;
        for (const ProgramPlace &place : p.places)
            result << QStringList{place.country, place.province, place.district}.join(u'/');
        return result;
    };
    auto ids = [](const QList<qint64> &list) {
        QStringList result;
        for (qint64 value : list)
            result << QString::number(value);
        return result;
    };
    // Partners, themes, levels and places are part of the program: rewrite them all when any changed.
    if (ids(before.partnerIds) != ids(program.partnerIds) || before.themes != program.themes ||
        before.levels != program.levels || places(before) != places(program)) {
        for (const char *table : {"program_partners", "program_themes", "program_levels", "program_places"}) {
            SqlQuery clear(m_db, u"DELETE FROM %1 WHERE program_id = :id"_s.arg(QLatin1StringView(table)));
            clear.bind(u":id"_s, program.id).exec();
        }
        writeChildren(program.id, program);
        writer.auditSet(program.id, u"partners"_s, ids(before.partnerIds), ids(program.partnerIds));
        writer.auditSet(program.id, u"themes"_s, before.themes, program.themes);
        writer.auditSet(program.id, u"levels"_s, before.levels, program.levels);
        writer.auditSet(program.id, u"places"_s, places(before), places(program));
    }
}

void ProgramRepository::remove(qint64 id, RecordRemover::Policy policy)
{
    const Program program = get(id);
    RecordRemover(m_db).remove(u"programs"_s, id, Rules::describe(tr("Program"), program.name), policy);
}

void ProgramRepository::updateReach(const ReachReport &report)
{
    // Re-validate through addReach's rules by building the same record description.
    const QString record = tr("Reach report %1").arg(report.id);
    Rules::requireDate(record, tr("start of the period"), report.periodStart);
    Rules::requireDate(record, tr("end of the period"), report.periodEnd);
    Rules::requireOrder(record, tr("start of the period"), report.periodStart, tr("end of the period"),
                        report.periodEnd);
    Rules::requireNotNegative(record, tr("number of villages"), report.villages);
    Rules::requireNotNegative(record, tr("number of districts"), report.districts);
    Rules::requireNotNegative(record, tr("number of institutions"), report.institutions);
    Rules::requireNotNegative(record, tr("number of participants"), report.participants);
    SqlQuery query(m_db, u"UPDATE reach_reports SET period_start = :start, period_end = :end, villages = :villages, "
                         "districts = :districts, institutions = :institutions, participants = :participants, "
                         "note = :note WHERE id = :id"_s);
    query.bind(u":start"_s, SqlValues::fromDate(report.periodStart))
        .bind(u":end"_s, SqlValues::fromDate(report.periodEnd))
        .bind(u":villages"_s, SqlValues::fromOptional(report.villages))
        .bind(u":districts"_s, SqlValues::fromOptional(report.districts))
        .bind(u":institutions"_s, SqlValues::fromOptional(report.institutions))
        .bind(u":participants"_s, SqlValues::fromOptional(report.participants))
        .bindText(u":note"_s, report.note)
        .bind(u":id"_s, report.id)
        .exec();
    m_audit.recordUpdate(u"reach_reports"_s, report.id, QString(), QString(), record);
}

void ProgramRepository::removeReach(qint64 reportId)
{
    SqlQuery query(m_db, u"DELETE FROM reach_reports WHERE id = :id"_s);
    query.bind(u":id"_s, reportId).exec();
    m_audit.recordDelete(u"reach_reports"_s, reportId, QString());
}

qint64 ProgramRepository::addReach(const ReachReport &report)
{
    SqlQuery name(m_db, u"SELECT name FROM programs WHERE id = :id"_s);
    name.bind(u":id"_s, report.programId).exec();
    if (!name.next())
        throw RuleViolation(tr("A reach report needs an existing program (id %1).").arg(report.programId));
    const QString record = tr("Reach of “%1”").arg(name.value(0).toString());
    Rules::requireDate(record, tr("start of the period"), report.periodStart);
    Rules::requireDate(record, tr("end of the period"), report.periodEnd);
    Rules::requireOrder(record, tr("start of the period"), report.periodStart, tr("end of the period"),
                        report.periodEnd);
    Rules::requireNotNegative(record, tr("number of villages"), report.villages);
    Rules::requireNotNegative(record, tr("number of districts"), report.districts);
    Rules::requireNotNegative(record, tr("number of institutions"), report.institutions);
    Rules::requireNotNegative(record, tr("number of participants"), report.participants);
    SqlQuery query(m_db, u"INSERT INTO reach_reports (program_id, period_start, period_end, villages, districts, "
                         "institutions, participants, note) VALUES (:program, :start, :end, :villages, :districts, "
                         ":institutions, :participants, :note)"_s);
    query.bind(u":program"_s, report.programId)
        .bind(u":start"_s, SqlValues::fromDate(report.periodStart))
        .bind(u":end"_s, SqlValues::fromDate(report.periodEnd))
        .bind(u":villages"_s, SqlValues::fromOptional(report.villages))
        .bind(u":districts"_s, SqlValues::fromOptional(report.districts))
        .bind(u":institutions"_s, SqlValues::fromOptional(report.institutions))
        .bind(u":participants"_s, SqlValues::fromOptional(report.participants))
        .bindText(u":note"_s, report.note)
        .exec();
    const qint64 id = query.lastInsertId();
    m_audit.recordCreate(u"reach_reports"_s, id, record);
    return id;
}

QList<Program> ProgramRepository::load(const QString &where, qint64 id) const
{
    SqlQuery query(
        m_db, u"SELECT p.id, p.name, p.native_name, p.acronym, p.network_id, p.lead_organisation_id, "
              "p.approach, p.start_date, p.end_date, p.description, p.is_sample, o.name, n.name, p.row_version "
              "FROM programs p JOIN organisations o ON o.id = p.lead_organisation_id "
              "LEFT JOIN networks n ON n.id = p.network_id WHERE %1 ORDER BY p.name COLLATE ad_locale"_s.arg(where));
    query.bind(u":id"_s, id).exec();
    QList<Program> programs;
    while (query.next()) {
        Program program;
        program.id = query.value(0).toLongLong();
        program.name = query.value(1).toString();
        program.nativeName = query.value(2).toString();
        program.acronym = query.value(3).toString();
        program.networkId = SqlValues::toOptionalId(query.value(4));
        program.leadOrganisationId = query.value(5).toLongLong();
        program.approach = query.value(6).toString();
        program.start = SqlValues::toDate(query.value(7));
        program.end = SqlValues::toDate(query.value(8));
        program.description = query.value(9).toString();
        program.isSample = query.value(10).toBool();
        program.leadName = query.value(11).toString();
        program.networkName = query.value(12).toString();
        program.rowVersion = query.value(13).toLongLong();
        programs << program;
    }
    return programs;
}

Program ProgramRepository::get(qint64 id) const
{
    const QList<Program> found = load(u"p.id = :id"_s, id);
    if (found.isEmpty())
        throw RuleViolation(tr("There is no program with id %1.").arg(id));
    Program program = found.constFirst();
    SqlQuery partners(m_db, u"SELECT organisation_id FROM program_partners WHERE program_id = :id"_s);
    partners.bind(u":id"_s, id).exec();
    while (partners.next())
        program.partnerIds << partners.value(0).toLongLong();
    SqlQuery themes(m_db, u"SELECT theme FROM program_themes WHERE program_id = :id ORDER BY theme"_s);
    themes.bind(u":id"_s, id).exec();
    while (themes.next())
        program.themes << themes.value(0).toString();
    // Levels in the order of the socio-ecological model, not alphabetically.
    SqlQuery levels(m_db, u"SELECT level FROM program_levels WHERE program_id = :id"_s);
    levels.bind(u":id"_s, id).exec();
    QStringList stored;
    while (levels.next())
        stored << levels.value(0).toString();
    for (const QString &level : Vocabulary::codes(Vocabulary::Kind::EcologicalLevel)) {
        if (stored.contains(level))
            program.levels << level;
    }
    SqlQuery places(m_db,
                    u"SELECT country, province, district FROM program_places WHERE program_id = :id ORDER BY id"_s);
    places.bind(u":id"_s, id).exec();
    while (places.next())
        program.places << ProgramPlace{places.value(0).toString(), places.value(1).toString(),
                                       places.value(2).toString()};
    return program;
}

QList<ReachReport> ProgramRepository::reach(qint64 programId) const
{
    SqlQuery query(m_db, u"SELECT id, period_start, period_end, villages, districts, institutions, participants, note "
                         "FROM reach_reports WHERE program_id = :id ORDER BY period_start, id"_s);
    query.bind(u":id"_s, programId).exec();
    QList<ReachReport> reports;
    while (query.next()) {
        ReachReport report;
        report.id = query.value(0).toLongLong();
        report.programId = programId;
        report.periodStart = SqlValues::toDate(query.value(1));
        report.periodEnd = SqlValues::toDate(query.value(2));
        report.villages = SqlValues::toOptionalInt(query.value(3));
        report.districts = SqlValues::toOptionalInt(query.value(4));
        report.institutions = SqlValues::toOptionalInt(query.value(5));
        report.participants = SqlValues::toOptionalInt(query.value(6));
        report.note = query.value(7).toString();
        reports << report;
    }
    return reports;
}

QList<Program> ProgramRepository::forOrganisation(qint64 organisationId) const
{
    return load(u"p.lead_organisation_id = :id OR p.id IN (SELECT program_id FROM program_partners "
                "WHERE organisation_id = :id)"_s,
                organisationId);
}

QList<Program> ProgramRepository::forNetwork(qint64 networkId) const
{
    return load(u"p.network_id = :id"_s, networkId);
}

} // namespace AllianceDesk
