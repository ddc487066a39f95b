#include "auditlog.h"

#include "sqlquery.h"

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
    static const QStringList named = {u"networks"_s, u"organisations"_s,  u"people"_s,
                                      u"programs"_s, u"support_groups"_s, u"events"_s};
    if (!named.contains(table))
        return {};
    SqlQuery query(db, u"SELECT name FROM %1 WHERE id = :id"_s.arg(table));
    query.bind(u":id"_s, id).exec();
    return query.next() ? query.value(0).toString() : QString();
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
