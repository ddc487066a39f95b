#include "integritychecker.h"

#include "domain/contactvalues.h"
#include "sqlquery.h"
#include "util/countrycatalog.h"

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
    checkCountries(problems);
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
        {QT_TRANSLATE_NOOP("IntegrityChecker", "ends before it starts"),
         u"SELECT 'Secretariat of “' || n.name || '” hosted by “' || o.name || '” from ' || t.start_date "
         "FROM secretariat_terms t JOIN networks n ON n.id = t.network_id JOIN organisations o ON o.id = "
         "t.organisation_id WHERE t.end_date < t.start_date "
         "UNION ALL SELECT 'Affiliation ' || id FROM affiliations WHERE end_date < start_date "
         "UNION ALL SELECT 'Program “' || name || '”' FROM programs WHERE end_date < start_date "
         "UNION ALL SELECT 'Reach report ' || id FROM reach_reports WHERE period_end < period_start "
         "UNION ALL SELECT 'Event “' || name || '”' FROM events WHERE end_date < start_date "
         "UNION ALL SELECT 'Concern ' || id FROM concerns WHERE closed_date < received_date"_s},
        {QT_TRANSLATE_NOOP("IntegrityChecker", "has a negative count"),
         u"SELECT 'Reach report ' || id FROM reach_reports WHERE min(coalesce(villages, 0), coalesce(districts, 0), "
         "coalesce(institutions, 0), coalesce(participants, 0)) < 0 "
         "UNION ALL SELECT 'Meeting ' || id FROM meetings WHERE attendance < 0 "
         "UNION ALL SELECT 'Event “' || name || '”' FROM events WHERE participant_count < 0 OR country_count < 0"_s},
        {QT_TRANSLATE_NOOP("IntegrityChecker", "has no status history"),
         u"SELECT 'Membership of “' || o.name || '” in “' || n.name || '”' FROM memberships m "
         "JOIN organisations o ON o.id = m.organisation_id JOIN networks n ON n.id = m.network_id "
         "WHERE NOT EXISTS (SELECT 1 FROM membership_status_changes c WHERE c.membership_id = m.id)"_s},
        {QT_TRANSLATE_NOOP("IntegrityChecker", "has a date that is not an ISO 8601 date"),
         u"SELECT 'Event “' || name || '”' FROM events WHERE date(start_date) IS NOT start_date "
         "UNION ALL SELECT 'Meeting ' || id FROM meetings WHERE date(meeting_date) IS NOT meeting_date "
         "UNION ALL SELECT 'Concern ' || id FROM concerns WHERE date(received_date) IS NOT received_date"_s},
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

void IntegrityChecker::checkCountries(QList<IntegrityProblem> &problems) const
{
    const CountryCatalog &catalog = CountryCatalog::instance();
    SqlQuery query(m_db, u"SELECT 'Network “' || name || '”', country FROM networks WHERE country IS NOT NULL "
                         "UNION ALL SELECT 'Organisation “' || name || '”', country FROM organisations "
                         "WHERE country IS NOT NULL UNION ALL SELECT 'Person “' || name || '”', country FROM people "
                         "WHERE country IS NOT NULL UNION ALL SELECT 'Event “' || name || '”', country FROM events "
                         "WHERE country IS NOT NULL"_s);
    query.exec();
    while (query.next()) {
        if (!catalog.isValid(query.value(1).toString())) {
            problems << IntegrityProblem{
                query.value(0).toString(),
                tr("has “%1”, which is not an ISO 3166-1 country code").arg(query.value(1).toString())};
        }
    }
}

QList<IntegrityProblem> IntegrityChecker::warnings() const
{
    QList<IntegrityProblem> warnings;
    SqlQuery query(m_db, u"SELECT 'Organisation “' || name || '”', phone, email, country FROM organisations "
                         "WHERE ad_unverified_phone(phone) OR ad_unverified_email(email) "
                         "UNION ALL SELECT 'Person “' || name || '”', phone, email, country FROM people "
                         "WHERE ad_unverified_phone(phone) OR ad_unverified_email(email)"_s);
    query.exec();
    while (query.next()) {
        const QString record = query.value(0).toString();
        const QString phone = query.value(1).toString();
        const QString email = query.value(2).toString();
        // Judged again by the rule, which may know more than when the value was stored.
        if (ContactValues::isUnverifiedPhone(phone)) {
            const ContactVerdict verdict = ContactValues::phone(phone, query.value(3).toString());
            warnings << IntegrityProblem{record, verdict.kind == ContactVerdict::Kind::Verified
                                                     ? tr("phone “%1” is kept as written, unverified; it can now be "
                                                          "verified as %2: edit the record to store it so")
                                                           .arg(phone, verdict.stored)
                                                     : tr("phone %1").arg(verdict.reason)};
        }
        if (ContactValues::isUnverifiedEmail(email))
            warnings << IntegrityProblem{record, tr("email %1").arg(ContactValues::email(email).reason)};
    }
    return warnings;
}

} // namespace AllianceDesk
