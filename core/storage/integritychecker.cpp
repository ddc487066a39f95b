#include "integritychecker.h"

#include "domain/contactvalues.h"
#include "domain/validation.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("IntegrityChecker", text);
}

/// A query returning (record description, detail) for each violation of one rule.
struct RuleQuery
{
    const char *rule;
    QString sql;
};

/// Which of Validation's rules judges a stored value.
enum class ValueRule
{
    RequiredText,
    Date,
    Code,
    Country,
};

/// A stored field and the rule its values must keep. The SQL pieces are constants: never built from input.
struct StoredField
{
    const char *from;   ///< the table, perhaps joined to what names its rows
    const char *record; ///< SQL naming the row in words ("'Organisation “' || name || '”'")
    const char *column;
    const char *field; ///< the field in words, as forms call it
    ValueRule rule;
    bool optional = true; ///< NULL or '' mean "not given"; otherwise '' is judged like any value
    Vocabulary::Kind vocabulary = Vocabulary::Kind::NetworkLevel;
};

constexpr auto network = "'Network “' || name || '”'";
constexpr auto organisation = "'Organisation “' || name || '”'";
constexpr auto person = "'Person “' || name || '”'";
constexpr auto program = "'Program “' || name || '”'";
constexpr auto supportGroup = "'Support group “' || name || '”'";
constexpr auto event = "'Event “' || name || '”'";
constexpr auto membershipJoin = "memberships m JOIN organisations o ON o.id = m.organisation_id "
                                "JOIN networks n ON n.id = m.network_id";
constexpr auto membership = "'Membership of “' || o.name || '” in “' || n.name || '”'";
constexpr auto statusChangeJoin = "membership_status_changes c JOIN memberships m ON m.id = c.membership_id "
                                  "JOIN organisations o ON o.id = m.organisation_id "
                                  "JOIN networks n ON n.id = m.network_id";
constexpr auto termJoin = "secretariat_terms t JOIN networks n ON n.id = t.network_id "
                          "JOIN organisations o ON o.id = t.organisation_id";
constexpr auto term = "'Secretariat of “' || n.name || '” hosted by “' || o.name || '”'";

using K = Vocabulary::Kind;
using R = ValueRule;

const StoredField storedFields[] = {
    {"networks", network, "name", QT_TRANSLATE_NOOP("IntegrityChecker", "name"), R::RequiredText, false},
    {"networks", network, "level", QT_TRANSLATE_NOOP("IntegrityChecker", "level"), R::Code, false, K::NetworkLevel},
    {"networks", network, "status", QT_TRANSLATE_NOOP("IntegrityChecker", "status"), R::Code, false, K::NetworkStatus},
    {"networks", network, "country", QT_TRANSLATE_NOOP("IntegrityChecker", "country"), R::Country},
    {"networks", network, "founded", QT_TRANSLATE_NOOP("IntegrityChecker", "founding date"), R::Date},
    {"organisations", organisation, "name", QT_TRANSLATE_NOOP("IntegrityChecker", "name"), R::RequiredText, false},
    {"organisations", organisation, "type", QT_TRANSLATE_NOOP("IntegrityChecker", "type"), R::Code, false,
     K::OrganisationType},
    {"organisations", organisation, "country", QT_TRANSLATE_NOOP("IntegrityChecker", "country"), R::Country},
    {"organisation_focus_areas f JOIN organisations o ON o.id = f.organisation_id", "'Organisation “' || o.name || '”'",
     "f.focus_area", QT_TRANSLATE_NOOP("IntegrityChecker", "focus area"), R::Code, false, K::FocusArea},
    {membershipJoin, membership, "m.role", QT_TRANSLATE_NOOP("IntegrityChecker", "role"), R::Code, false,
     K::MembershipRole},
    {membershipJoin, membership, "m.coc_signed",
     QT_TRANSLATE_NOOP("IntegrityChecker", "date the code of conduct was signed"), R::Date},
    {statusChangeJoin, membership, "c.status", QT_TRANSLATE_NOOP("IntegrityChecker", "status"), R::Code, false,
     K::MembershipStatus},
    {statusChangeJoin, membership, "c.effective_date",
     QT_TRANSLATE_NOOP("IntegrityChecker", "date of the status change"), R::Date, false},
    {termJoin, term, "t.start_date", QT_TRANSLATE_NOOP("IntegrityChecker", "start date"), R::Date, false},
    {termJoin, term, "t.end_date", QT_TRANSLATE_NOOP("IntegrityChecker", "end date"), R::Date},
    {termJoin, term, "t.date_precision", QT_TRANSLATE_NOOP("IntegrityChecker", "date precision"), R::Code, false,
     K::DatePrecision},
    {"people", person, "name", QT_TRANSLATE_NOOP("IntegrityChecker", "name"), R::RequiredText, false},
    {"people", person, "country", QT_TRANSLATE_NOOP("IntegrityChecker", "country"), R::Country},
    {"affiliations", "'Affiliation ' || id", "start_date", QT_TRANSLATE_NOOP("IntegrityChecker", "start date"),
     R::Date},
    {"affiliations", "'Affiliation ' || id", "end_date", QT_TRANSLATE_NOOP("IntegrityChecker", "end date"), R::Date},
    {"programs", program, "name", QT_TRANSLATE_NOOP("IntegrityChecker", "name"), R::RequiredText, false},
    {"programs", program, "approach", QT_TRANSLATE_NOOP("IntegrityChecker", "approach"), R::Code, true, K::Approach},
    {"programs", program, "start_date", QT_TRANSLATE_NOOP("IntegrityChecker", "start date"), R::Date},
    {"programs", program, "end_date", QT_TRANSLATE_NOOP("IntegrityChecker", "end date"), R::Date},
    {"program_levels l JOIN programs p ON p.id = l.program_id", "'Program “' || p.name || '”'", "l.level",
     QT_TRANSLATE_NOOP("IntegrityChecker", "socio-ecological level"), R::Code, false, K::EcologicalLevel},
    {"program_places l JOIN programs p ON p.id = l.program_id", "'Program “' || p.name || '”'", "l.country",
     QT_TRANSLATE_NOOP("IntegrityChecker", "country of a place"), R::Country, false},
    {"reach_reports", "'Reach report ' || id", "period_start",
     QT_TRANSLATE_NOOP("IntegrityChecker", "start of the period"), R::Date, false},
    {"reach_reports", "'Reach report ' || id", "period_end", QT_TRANSLATE_NOOP("IntegrityChecker", "end of the period"),
     R::Date, false},
    {"support_groups", supportGroup, "name", QT_TRANSLATE_NOOP("IntegrityChecker", "name"), R::RequiredText, false},
    {"support_groups", supportGroup, "country", QT_TRANSLATE_NOOP("IntegrityChecker", "country"), R::Country},
    {"support_groups", supportGroup, "founded", QT_TRANSLATE_NOOP("IntegrityChecker", "founding date"), R::Date},
    {"support_groups", supportGroup, "status", QT_TRANSLATE_NOOP("IntegrityChecker", "status"), R::Code, false,
     K::SupportGroupStatus},
    {"meetings", "'Meeting ' || id", "meeting_date", QT_TRANSLATE_NOOP("IntegrityChecker", "date"), R::Date, false},
    {"participants", "'Participant ' || id", "code", QT_TRANSLATE_NOOP("IntegrityChecker", "pseudonymous code"),
     R::RequiredText, false},
    {"events", event, "name", QT_TRANSLATE_NOOP("IntegrityChecker", "name"), R::RequiredText, false},
    {"events", event, "kind", QT_TRANSLATE_NOOP("IntegrityChecker", "kind"), R::Code, false, K::EventKind},
    {"events", event, "start_date", QT_TRANSLATE_NOOP("IntegrityChecker", "start date"), R::Date, false},
    {"events", event, "end_date", QT_TRANSLATE_NOOP("IntegrityChecker", "end date"), R::Date},
    {"events", event, "country", QT_TRANSLATE_NOOP("IntegrityChecker", "country"), R::Country},
    {"event_participants", "'Participant ' || id || ' of an event'", "country",
     QT_TRANSLATE_NOOP("IntegrityChecker", "country"), R::Country},
    {"concerns", "'Concern ' || id", "received_date", QT_TRANSLATE_NOOP("IntegrityChecker", "date received"), R::Date,
     false},
    {"concerns", "'Concern ' || id", "closed_date", QT_TRANSLATE_NOOP("IntegrityChecker", "date closed"), R::Date},
    {"concerns", "'Concern ' || id", "category", QT_TRANSLATE_NOOP("IntegrityChecker", "category"), R::Code, false,
     K::ConcernCategory},
    {"concerns", "'Concern ' || id", "status", QT_TRANSLATE_NOOP("IntegrityChecker", "status"), R::Code, false,
     K::ConcernStatus},
};

/// Two dates of a row in order (Validation::dateOrder): the first may not follow the second.
struct DatePair
{
    const char *from;
    const char *record;
    const char *fromColumn;
    const char *toColumn;
    const char *fromField;
    const char *toField;
};

const DatePair datePairs[] = {
    {termJoin, "'Secretariat of “' || n.name || '” hosted by “' || o.name || '” from ' || t.start_date", "t.start_date",
     "t.end_date", QT_TRANSLATE_NOOP("IntegrityChecker", "start date"),
     QT_TRANSLATE_NOOP("IntegrityChecker", "end date")},
    {"affiliations", "'Affiliation ' || id", "start_date", "end_date",
     QT_TRANSLATE_NOOP("IntegrityChecker", "start date"), QT_TRANSLATE_NOOP("IntegrityChecker", "end date")},
    {"programs", program, "start_date", "end_date", QT_TRANSLATE_NOOP("IntegrityChecker", "start date"),
     QT_TRANSLATE_NOOP("IntegrityChecker", "end date")},
    {"reach_reports", "'Reach report ' || id", "period_start", "period_end",
     QT_TRANSLATE_NOOP("IntegrityChecker", "start of the period"),
     QT_TRANSLATE_NOOP("IntegrityChecker", "end of the period")},
    {"events", event, "start_date", "end_date", QT_TRANSLATE_NOOP("IntegrityChecker", "start date"),
     QT_TRANSLATE_NOOP("IntegrityChecker", "end date")},
    {"concerns", "'Concern ' || id", "received_date", "closed_date",
     QT_TRANSLATE_NOOP("IntegrityChecker", "date received"), QT_TRANSLATE_NOOP("IntegrityChecker", "date closed")},
};

/// What Validation makes of one stored value: the problem, or nothing.
std::optional<QString> judge(const StoredField &field, const QString &value)
{
    switch (field.rule) {
    case ValueRule::RequiredText:
        return Validation::requiredText(QCoreApplication::translate("IntegrityChecker", field.field), value);
    case ValueRule::Date:
        if (const Verdict verdict = Validation::isoDate(value); !verdict.accepted())
            return verdict.problem;
        return std::nullopt;
    case ValueRule::Code:
        if (const Verdict verdict = Validation::code(field.vocabulary, value); !verdict.accepted())
            return verdict.problem;
        return std::nullopt;
    case ValueRule::Country:
        if (const Verdict verdict = Validation::country(value); !verdict.accepted())
            return verdict.problem;
        return std::nullopt;
    }
    return std::nullopt;
}
} // namespace

IntegrityChecker::IntegrityChecker(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<IntegrityProblem> IntegrityChecker::run() const
{
    QList<IntegrityProblem> problems;
    checkStorage(problems);
    checkNetworkTree(problems);
    checkQueries(problems);
    checkStoredValues(problems);
    checkDateOrder(problems);
    checkContacts(&problems, nullptr);
    return problems;
}

void IntegrityChecker::checkStorage(QList<IntegrityProblem> &problems) const
{
    SqlQuery integrity(m_db, u"PRAGMA integrity_check"_s);
    integrity.exec();
    while (integrity.next()) {
        const QString result = integrity.value(0).toString();
        if (result != u"ok"_s)
            problems << IntegrityProblem{tr("Database file"), result};
    }
    SqlQuery foreignKeys(m_db, u"PRAGMA foreign_key_check"_s);
    foreignKeys.exec();
    while (foreignKeys.next()) {
        const QString table = foreignKeys.value(0).toString();
        const QString rowId = foreignKeys.value(1).toString();
        problems << IntegrityProblem{describeRow(table, rowId),
                                     tr("refers to a missing record in %1").arg(foreignKeys.value(2).toString())};
    }
}

QString IntegrityChecker::describeRow(const QString &table, const QString &rowId) const
{
    // Table names come from SQLite's own foreign_key_check, never from input.
    SqlQuery columns(m_db, u"SELECT 1 FROM pragma_table_info(:table) WHERE name = 'name'"_s);
    columns.bind(u":table"_s, table).exec();
    if (columns.next()) {
        SqlQuery name(m_db, u"SELECT name FROM \"%1\" WHERE rowid = :row"_s.arg(table));
        name.bind(u":row"_s, rowId).exec();
        if (name.next())
            return tr("“%1” (row %2 of %3)").arg(name.value(0).toString(), rowId, table);
    }
    return tr("Row %1 of %2").arg(rowId, table);
}

void IntegrityChecker::checkNetworkTree(QList<IntegrityProblem> &problems) const
{
    QHash<qint64, qint64> parents;
    QHash<qint64, QString> names;
    SqlQuery query(m_db, u"SELECT id, parent_id, name FROM networks"_s);
    query.exec();
    while (query.next()) {
        names.insert(query.value(0).toLongLong(), query.value(2).toString());
        if (!query.value(1).isNull())
            parents.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    for (auto it = parents.constBegin(); it != parents.constEnd(); ++it) {
        qint64 current = it.key();
        for (int steps = 0; steps <= parents.size(); ++steps) {
            const auto parent = parents.constFind(current);
            if (parent == parents.constEnd())
                break;
            current = *parent;
            if (current == it.key()) {
                problems << IntegrityProblem{tr("Network “%1”").arg(names.value(it.key())),
                                             tr("is its own ancestor: the network tree has a cycle")};
                break;
            }
        }
    }
}

void IntegrityChecker::checkQueries(QList<IntegrityProblem> &problems) const
{
    const RuleQuery rules[] = {
        {QT_TRANSLATE_NOOP("IntegrityChecker", "overlaps another secretariat term of the same network"),
         u"SELECT 'Secretariat of “' || n.name || '” hosted by “' || o.name || '” from ' || a.start_date, "
         "'“' || ob.name || '” from ' || b.start_date "
         "FROM secretariat_terms a JOIN secretariat_terms b ON a.network_id = b.network_id AND a.id < b.id "
         "AND a.start_date <= coalesce(b.end_date, '9999-12-31') AND b.start_date <= coalesce(a.end_date, "
         "'9999-12-31') JOIN networks n ON n.id = a.network_id JOIN organisations o ON o.id = a.organisation_id "
         "JOIN organisations ob ON ob.id = b.organisation_id"_s},
        {QT_TRANSLATE_NOOP("IntegrityChecker", "has more than one current secretariat"),
         u"SELECT 'Network “' || n.name || '”' FROM secretariat_terms t JOIN networks n ON n.id = t.network_id "
         "WHERE t.end_date IS NULL GROUP BY t.network_id HAVING count(*) > 1"_s},
        {QT_TRANSLATE_NOOP("IntegrityChecker", "has a negative count"),
         u"SELECT 'Reach report ' || id FROM reach_reports WHERE min(coalesce(villages, 0), coalesce(districts, 0), "
         "coalesce(institutions, 0), coalesce(participants, 0)) < 0 "
         "UNION ALL SELECT 'Meeting ' || id FROM meetings WHERE attendance < 0 "
         "UNION ALL SELECT 'Event “' || name || '”' FROM events WHERE participant_count < 0 OR country_count < 0"_s},
        {QT_TRANSLATE_NOOP("IntegrityChecker", "has no status history"),
         u"SELECT 'Membership of “' || o.name || '” in “' || n.name || '”' FROM memberships m "
         "JOIN organisations o ON o.id = m.organisation_id JOIN networks n ON n.id = m.network_id "
         "WHERE NOT EXISTS (SELECT 1 FROM membership_status_changes c WHERE c.membership_id = m.id)"_s},
    };
    for (const RuleQuery &rule : rules) {
        SqlQuery query(m_db, rule.sql);
        query.exec();
        while (query.next()) {
            // A second column, when a rule has one, names the other record involved.
            const QString other = query.value(1).toString();
            problems << IntegrityProblem{query.value(0).toString(),
                                         other.isEmpty() ? tr(rule.rule) : tr("%1: %2").arg(tr(rule.rule), other)};
        }
    }
}

void IntegrityChecker::checkStoredValues(QList<IntegrityProblem> &problems) const
{
    for (const StoredField &field : storedFields) {
        const QString condition =
            field.optional ? u" WHERE %1 IS NOT NULL AND %1 <> ''"_s.arg(QLatin1StringView(field.column)) : QString();
        SqlQuery query(m_db, u"SELECT %1, %2 FROM %3%4"_s.arg(QString::fromUtf8(field.record),
                                                              QLatin1StringView(field.column),
                                                              QLatin1StringView(field.from), condition));
        query.exec();
        while (query.next()) {
            if (const std::optional<QString> problem = judge(field, query.value(1).toString())) {
                // A required text's problem names its field itself ("the name is required").
                const bool named = field.rule == ValueRule::RequiredText;
                problems << IntegrityProblem{query.value(0).toString(), *problem, named ? QString() : tr(field.field)};
            }
        }
    }
}

void IntegrityChecker::checkDateOrder(QList<IntegrityProblem> &problems) const
{
    for (const DatePair &pair : datePairs) {
        SqlQuery query(m_db, u"SELECT %1, %2, %3 FROM %4 WHERE %2 IS NOT NULL AND %3 IS NOT NULL"_s.arg(
                                 QString::fromUtf8(pair.record), QLatin1StringView(pair.fromColumn),
                                 QLatin1StringView(pair.toColumn), QLatin1StringView(pair.from)));
        query.exec();
        while (query.next()) {
            // A date that is no date is reported by checkStoredValues(); here only the order of real dates.
            const QDate from = QDate::fromString(query.value(1).toString(), Qt::ISODate);
            const QDate to = QDate::fromString(query.value(2).toString(), Qt::ISODate);
            if (const std::optional<QString> problem =
                    Validation::dateOrder(tr(pair.fromField), from, tr(pair.toField), to))
                problems << IntegrityProblem{query.value(0).toString(), *problem};
        }
    }
}

void IntegrityChecker::checkContacts(QList<IntegrityProblem> *problems, QList<IntegrityProblem> *warnings) const
{
    // The SQL functions find the values not stored in their verified form (the rule's own test, see ContactValues);
    // each is then judged again by the rule, which may know more than when the value was stored.
    SqlQuery query(m_db, u"SELECT 'Organisation “' || name || '”', phone, email, country FROM organisations "
                         "WHERE ad_unverified_phone(phone) OR ad_unverified_email(email) "
                         "UNION ALL SELECT 'Person “' || name || '”', phone, email, country FROM people "
                         "WHERE ad_unverified_phone(phone) OR ad_unverified_email(email)"_s);
    query.exec();
    while (query.next()) {
        const QString record = query.value(0).toString();
        const QString phone = query.value(1).toString();
        const QString email = query.value(2).toString();
        if (ContactValues::isUnverifiedPhone(phone)) {
            const Verdict verdict = Validation::phone(phone, query.value(3).toString());
            if (verdict.kind == Verdict::Kind::Invalid) {
                if (problems)
                    *problems << IntegrityProblem{record, verdict.problem, tr("phone")};
            } else if (warnings) {
                *warnings << IntegrityProblem{record, verdict.kind == Verdict::Kind::Valid
                                                          ? tr("phone “%1” is kept as written, unverified; it can now "
                                                               "be verified as %2: edit the record to store it so")
                                                                .arg(phone, verdict.stored)
                                                          : tr("phone %1").arg(verdict.problem)};
            }
        }
        if (ContactValues::isUnverifiedEmail(email)) {
            const Verdict verdict = Validation::email(email);
            if (verdict.kind == Verdict::Kind::Invalid) {
                if (problems)
                    *problems << IntegrityProblem{record, verdict.problem, tr("email")};
            } else if (warnings && verdict.kind == Verdict::Kind::Unverified) {
                *warnings << IntegrityProblem{record, tr("email %1").arg(verdict.problem)};
            }
        }
    }
}

QList<IntegrityProblem> IntegrityChecker::warnings() const
{
    QList<IntegrityProblem> warnings;
    checkContacts(nullptr, &warnings);
    return warnings;
}

} // namespace AllianceDesk
