#include "concernrepository.h"

#include "entitywriter.h"
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
    return QCoreApplication::translate("ConcernRepository", text);
}
} // namespace

ConcernRepository::ConcernRepository(QSqlDatabase db)
    : m_db(db)
    , m_audit(db)
{}

QString ConcernRepository::validate(const Concern &concern) const
{
    SqlQuery name(m_db, u"SELECT name FROM organisations WHERE id = :id"_s);
    name.bind(u":id"_s, concern.organisationId).exec();
    if (!name.next())
        throw RuleViolation(tr("A concern needs the organisation it is about (id %1).").arg(concern.organisationId));
    const QString record = tr("Concern about “%1”").arg(name.value(0).toString());
    Rules::requireDate(record, tr("date received"), concern.received);
    Rules::requireCode(record, Vocabulary::Kind::ConcernCategory, concern.category);
    Rules::requireCode(record, Vocabulary::Kind::ConcernStatus, concern.status);
    Rules::requireOrder(record, tr("date received"), concern.received, tr("date closed"), concern.closed);
    const bool closedStatus = concern.status == u"resolved"_s || concern.status == u"dismissed"_s;
    if (closedStatus && !concern.closed.isValid())
        throw RuleViolation(tr("%1: a resolved or dismissed concern needs the date it was closed.").arg(record));
    if (!closedStatus && concern.closed.isValid())
        throw RuleViolation(tr("%1: only a resolved or dismissed concern has a closing date.").arg(record));
    return record;
}

qint64 ConcernRepository::add(const Concern &concern)
{
    const QString record = validate(concern);
    const qint64 id = EntityWriter(m_db, RecordKind::Concern)
                          .insert(FieldValues::fromMap(RecordKind::Concern, fields(concern)), concern.isSample,
                                  concern.category + u" "_s + concern.status);
    return id;
}

Concern ConcernRepository::get(qint64 id) const
{
    SqlQuery query(m_db, u"SELECT id, organisation_id, network_id, received_date, category, status, closed_date, "
                         "summary, actions, confidential_notes, is_sample, row_version FROM concerns WHERE id = :id"_s);
    query.bind(u":id"_s, id).exec();
    if (!query.next())
        throw RuleViolation(tr("There is no concern with id %1.").arg(id));
    Concern concern;
    concern.id = query.value(0).toLongLong();
    concern.organisationId = query.value(1).toLongLong();
    concern.networkId = SqlValues::toOptionalId(query.value(2));
    concern.received = SqlValues::toDate(query.value(3));
    concern.category = query.value(4).toString();
    concern.status = query.value(5).toString();
    concern.closed = SqlValues::toDate(query.value(6));
    concern.summary = query.value(7).toString();
    concern.actions = query.value(8).toString();
    concern.confidentialNotes = query.value(9).toString();
    concern.isSample = query.value(10).toBool();
    concern.rowVersion = query.value(11).toLongLong();
    return concern;
}

QVariantMap ConcernRepository::fields(const Concern &concern)
{
    return {{u"organisation_id"_s, concern.organisationId},
            {u"network_id"_s, SqlValues::fromOptional(concern.networkId)},
            {u"received_date"_s, concern.received},
            {u"category"_s, concern.category},
            {u"status"_s, concern.status},
            {u"closed_date"_s, concern.closed},
            {u"summary"_s, concern.summary},
            {u"actions"_s, concern.actions},
            {u"confidential_notes"_s, concern.confidentialNotes}};
}

bool ConcernRepository::canMove(const QString &from, const QString &to)
{
    // received -> under review -> resolved or dismissed; a closed concern can be reopened for review.
    if (from == to)
        return true;
    if (from == u"received"_s)
        return to == u"under_review"_s || to == u"dismissed"_s;
    if (from == u"under_review"_s)
        return to == u"resolved"_s || to == u"dismissed"_s;
    return to == u"under_review"_s;
}

void ConcernRepository::update(const Concern &concern, RowWriter::OnConflict onConflict)
{
    const QString record = validate(concern);
    const Concern before = get(concern.id);
    if (!canMove(before.status, concern.status)) {
        throw RuleViolation(tr("%1: a concern that is “%2” cannot become “%3”; it goes from received to under "
                               "review to resolved or dismissed.")
                                .arg(record, Vocabulary::label(Vocabulary::Kind::ConcernStatus, before.status),
                                     Vocabulary::label(Vocabulary::Kind::ConcernStatus, concern.status)));
    }
    RowWriter(m_db, u"concerns"_s)
        .update(concern.id, concern.rowVersion, fields(before), fields(concern), record, onConflict);
}

void ConcernRepository::remove(qint64 id)
{
    RecordRemover(m_db).remove(u"concerns"_s, id, tr("Concern %1").arg(id), RecordRemover::Policy::RefuseIfDependents);
}

} // namespace AllianceDesk
