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

qint64 SecretariatTermRepository::add(const SecretariatTerm &term)
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
    SqlQuery query(m_db, u"SELECT t.id, t.network_id, t.organisation_id, t.start_date, t.end_date, t.date_precision, "
                         "t.notes, o.name FROM secretariat_terms t JOIN organisations o ON o.id = t.organisation_id "
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
        terms << term;
    }
    return terms;
}

} // namespace AllianceDesk
