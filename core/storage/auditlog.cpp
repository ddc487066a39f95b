#include "auditlog.h"

#include "domain/catalogue.h"

#include "sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString &configuredUserName()
{
    static QString name;
    return name;
}
} // namespace

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString AuditLog::userName()
{
    return configuredUserName().isEmpty() ? systemUserName() : configuredUserName();
}

QString AuditLog::systemUserName()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : {u"USER"_s, u"USERNAME"_s, u"LOGNAME"_s}) {
        const QString value = env.value(variable);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    // Services, cron jobs and containers often run without those variables: ask the system for the account.
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return u"unknown"_s;
}

QString AuditLog::recordName(const QSqlDatabase &db, const QString &table, qint64 id)
{
    // Saved searches are the program's own records, named as the user named them.
    if (table == u"saved_views"_s) {
        SqlQuery query(db, u"SELECT name FROM saved_views WHERE id = :id"_s);
        query.bind(u":id"_s, id).exec();
        return query.next() ? query.value(0).toString() : QString();
    }
    // Records without a name of their own are named by what they join, in words (a membership is "ROZAN in
    // MenEngage Alliance Pakistan", not "membership 42"), as the catalogue says. Participants and concerns are never
    // named: a support group's participants are protected, and which organisation a concern is about is for those who
    // may see it.
    const EntityDescription *entity = Catalogue::forTable(table);
    if (!entity || entity->naming.anonymous)
        return {};
    QStringList parts = entity->naming.parts;
    if (!entity->naming.format)
        parts = QStringList{entity->nameColumn()};
    // Identifiers come from the catalogue, never from input.
    QStringList expressions;
    for (const QString &part : std::as_const(parts)) {
        const FieldDescription *field = entity->field(part);
        if (field && field->references) {
            const EntityDescription &target = Catalogue::entity(*field->references);
            expressions << u"(SELECT r.%1 FROM %2 r WHERE r.id = t.%3)"_s.arg(target.nameColumn(), target.table, part);
        } else {
            expressions << u"t."_s + part;
        }
    }
    SqlQuery query(db, u"SELECT %1 FROM %2 t WHERE t.id = :id"_s.arg(expressions.join(u", "_s), table));
    query.bind(u":id"_s, id).exec();
    if (!query.next())
        return {};
    if (!entity->naming.format)
        return query.value(0).toString();
    QString name = QCoreApplication::translate("Catalogue", entity->naming.format);
    for (int i = 0; i < parts.size(); ++i)
        name = name.arg(query.value(i).toString());
    return name;
}

void AuditLog::setUserName(const QString &name)
{
    configuredUserName() = name.trimmed();
}

void AuditLog::recordCreate(const QString &entity, qint64 id, const QString &summary)
{
    record(u"create"_s, entity, id, QString(), QString(), summary);
}

void AuditLog::recordUpdate(const QString &entity, qint64 id, const QString &field, const QString &oldValue,
                            const QString &newValue)
{
    record(u"update"_s, entity, id, field, oldValue, newValue);
}

void AuditLog::recordDelete(const QString &entity, qint64 id, const QString &summary)
{
    record(u"delete"_s, entity, id, QString(), summary, QString());
}

void AuditLog::record(const QString &action, const QString &entity, qint64 id, const QString &field,
                      const QString &oldValue, const QString &newValue)
{
    SqlQuery query(m_db, u"INSERT INTO audit_log (at, user_name, action, entity, entity_id, field, old_value, "
                         "new_value) VALUES (:at, :user, :action, :entity, :id, :field, :old, :new)"_s);
    query.bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(u":user"_s, userName())
        .bind(u":action"_s, action)
        .bind(u":entity"_s, entity)
        .bind(u":id"_s, id)
        .bindText(u":field"_s, field)
        .bindText(u":old"_s, oldValue)
        .bindText(u":new"_s, newValue)
        .exec();
}

QList<AuditEntry> AuditLog::history(const QString &entity, qint64 id) const
{
    SqlQuery query(m_db, u"SELECT id, at, user_name, action, field, old_value, new_value FROM audit_log "
                         "WHERE entity = :entity AND entity_id = :id ORDER BY id"_s);
    query.bind(u":entity"_s, entity).bind(u":id"_s, id).exec();
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.user = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.entity = entity;
        entry.entityId = id;
        entry.field = query.value(4).toString();
        entry.oldValue = query.value(5).toString();
        entry.newValue = query.value(6).toString();
        entries << entry;
    }
    return entries;
}

} // namespace AllianceDesk
