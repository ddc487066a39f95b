#include "secretariattermrepository.h"

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
    return QCoreApplication::translate("SecretariatTermRepository", text);
}

QString period(const SecretariatTerm &term)
{
    return term.isCurrent() ? tr("since %1").arg(term.start.toString(Qt::ISODate))
                            : tr("%1 to %2").arg(term.start.toString(Qt::ISODate), term.end.toString(Qt::ISODate));
}
} // namespace

SecretariatTermRepository::SecretariatTermRepository(QSqlDatabase db)
    : m_db(db)
    , m_audit(db)
{}

QString SecretariatTermRepository::validate(const SecretariatTerm &term) const
{
    SqlQuery names(m_db, u"SELECT (SELECT name FROM networks WHERE id = :net), "
                         "(SELECT name FROM organisations WHERE id = :org)"_s);
    names.bind(u":net"_s, term.networkId).bind(u":org"_s, term.organisationId).exec();
    names.next();
    if (names.value(0).isNull())
        throw RuleViolation(tr("A secretariat term needs an existing network (id %1).").arg(term.networkId));
    if (names.value(1).isNull())
        throw RuleViolation(
            tr("A secretariat term needs an existing host organisation (id %1).").arg(term.organisationId));
    const QString record =
        tr("Secretariat of “%1” hosted by “%2”").arg(names.value(0).toString(), names.value(1).toString());
    Rules::requireDate(record, tr("start date"), term.start);
    Rules::requireOrder(record, tr("start date"), term.start, tr("end date"), term.end);
    Rules::requireCode(record, Vocabulary::Kind::DatePrecision, term.precision);

    for (const SecretariatTerm &other : forNetwork(term.networkId)) {
        if (other.id == term.id)
            continue;
        const QDate otherEnd = other.isCurrent() ? QDate(9999, 12, 31) : other.end;
        const QDate end = term.isCurrent() ? QDate(9999, 12, 31) : term.end;
        if (other.start <= end && term.start <= otherEnd) {
            if (term.isCurrent() && other.isCurrent()) {
                throw RuleViolation(tr("%1: “%2” is still the current host; end its term before starting a new "
                                       "one (a network has at most one current secretariat).")
                                        .arg(record, other.organisationName));
            }
            throw RuleViolation(tr("%1 (%2) overlaps the term of “%3” (%4); secretariat terms of a network may not "
                                   "overlap.")
                                    .arg(record, period(term), other.organisationName, period(other)));
        }
    }
    return record;
}

qint64 SecretariatTermRepository::add(const SecretariatTerm &term)
{
    const QString record = validate(term);

    SqlQuery query(m_db, u"INSERT INTO secretariat_terms (network_id, organisation_id, start_date, end_date, "
                         "date_precision, notes) VALUES (:net, :org, :start, :end, :precision, :notes)"_s);
    query.bind(u":net"_s, term.networkId)
        .bind(u":org"_s, term.organisationId)
        .bind(u":start"_s, SqlValues::fromDate(term.start))
        .bind(u":end"_s, SqlValues::fromDate(term.end))
        .bind(u":precision"_s, term.precision)
        .bindText(u":notes"_s, term.notes)
        .exec();
    const qint64 id = query.lastInsertId();
    m_audit.recordCreate(u"secretariat_terms"_s, id, record + u", "_s + period(term));
    return id;
}

QList<SecretariatTerm> SecretariatTermRepository::forNetwork(qint64 networkId) const
{
    SqlQuery query(
        m_db,
        u"SELECT t.id, t.network_id, t.organisation_id, t.start_date, t.end_date, t.date_precision, "
        "t.notes, o.name, t.row_version FROM secretariat_terms t JOIN organisations o ON o.id = t.organisation_id "
        "WHERE t.network_id = :id ORDER BY t.start_date"_s);
    query.bind(u":id"_s, networkId).exec();
    QList<SecretariatTerm> terms;
    while (query.next()) {
        SecretariatTerm term;
        term.id = query.value(0).toLongLong();
        term.networkId = query.value(1).toLongLong();
        term.organisationId = query.value(2).toLongLong();
        term.start = SqlValues::toDate(query.value(3));
        term.end = SqlValues::toDate(query.value(4));
        term.precision = query.value(5).toString();
        term.notes = query.value(6).toString();
        term.organisationName = query.value(7).toString();
        term.rowVersion = query.value(8).toLongLong();
        terms << term;
    }
    return terms;
}

void SecretariatTermRepository::update(const SecretariatTerm &term, RowWriter::OnConflict onConflict)
{
    const QString record = validate(term);
    SecretariatTerm before;
    for (const SecretariatTerm &existing : forNetwork(term.networkId)) {
        if (existing.id == term.id)
            before = existing;
    }
    if (before.id == 0)
        throw ConflictError(tr("%1 was deleted elsewhere; your changes were not saved.").arg(record));
    auto fields = [](const SecretariatTerm &t) {
        return QVariantMap{{u"organisation_id"_s, t.organisationId},
                           {u"start_date"_s, t.start},
                           {u"end_date"_s, t.end},
                           {u"date_precision"_s, t.precision},
                           {u"notes"_s, t.notes}};
    };
    RowWriter(m_db, u"secretariat_terms"_s)
        .update(term.id, term.rowVersion, fields(before), fields(term), record, onConflict);
}

void SecretariatTermRepository::remove(qint64 id)
{
    SqlQuery query(m_db, u"DELETE FROM secretariat_terms WHERE id = :id"_s);
    query.bind(u":id"_s, id).exec();
    m_audit.recordDelete(u"secretariat_terms"_s, id, QString());
}

qint64 SecretariatTermRepository::handover(qint64 networkId, qint64 newHostId, const QDate &date, const QString &notes)
{
    SecretariatTerm current;
    for (const SecretariatTerm &term : forNetwork(networkId)) {
        if (term.isCurrent())
            current = term;
    }
    if (current.id != 0) {
        if (current.organisationId == newHostId) {
            throw RuleViolation(tr("“%1” already hosts this secretariat: choose another organisation to hand over to.")
                                    .arg(current.organisationName));
        }
        if (date <= current.start) {
            throw RuleViolation(
                tr("The handover date (%1) must come after “%2” started hosting (%3).")
                    .arg(date.toString(Qt::ISODate), current.organisationName, current.start.toString(Qt::ISODate)));
        }
        current.end = date.addDays(-1);
        update(current);
    }
    SecretariatTerm next;
    next.networkId = networkId;
    next.organisationId = newHostId;
    next.start = date;
    next.notes = notes;
    return add(next);
}

} // namespace AllianceDesk
