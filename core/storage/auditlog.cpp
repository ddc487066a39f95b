#include "auditlog.h"

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
    // Records without a name of their own are named by what they join, in words (a membership is "ROZAN in
    // MenEngage Alliance Pakistan", not "membership 42"). Participants and concerns are never named: a support
    // group's participants are protected, and which organisation a concern is about is for those who may see it.
    static const QHash<QString, QString> names = {
        {u"networks"_s, u"SELECT name FROM networks WHERE id = :id"_s},
        {u"organisations"_s, u"SELECT name FROM organisations WHERE id = :id"_s},
        {u"people"_s, u"SELECT name FROM people WHERE id = :id"_s},
        {u"programs"_s, u"SELECT name FROM programs WHERE id = :id"_s},
        {u"support_groups"_s, u"SELECT name FROM support_groups WHERE id = :id"_s},
        {u"events"_s, u"SELECT name FROM events WHERE id = :id"_s},
        {u"saved_views"_s, u"SELECT name FROM saved_views WHERE id = :id"_s},
        {u"memberships"_s, u"SELECT o.name, n.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                           "JOIN networks n ON n.id = m.network_id WHERE m.id = :id"_s},
        {u"secretariat_terms"_s,
         u"SELECT o.name, n.name FROM secretariat_terms t JOIN organisations o ON o.id = t.organisation_id "
         "JOIN networks n ON n.id = t.network_id WHERE t.id = :id"_s},
        {u"affiliations"_s, u"SELECT p.name, o.name FROM affiliations a JOIN people p ON p.id = a.person_id "
                            "JOIN organisations o ON o.id = a.organisation_id WHERE a.id = :id"_s},
        {u"meetings"_s, u"SELECT g.name, m.meeting_date FROM meetings m JOIN support_groups g "
                        "ON g.id = m.support_group_id WHERE m.id = :id"_s},
    };
    const auto sql = names.constFind(table);
    if (sql == names.constEnd())
        return {};
    SqlQuery query(db, *sql);
    query.bind(u":id"_s, id).exec();
    if (!query.next())
        return {};
    const QString first = query.value(0).toString();
    if (table == u"memberships"_s)
        return QCoreApplication::translate("AuditLog", "%1 in %2").arg(first, query.value(1).toString());
    if (table == u"secretariat_terms"_s)
        return QCoreApplication::translate("AuditLog", "%1 hosting %2").arg(first, query.value(1).toString());
    if (table == u"affiliations"_s)
        return QCoreApplication::translate("AuditLog", "%1 at %2").arg(first, query.value(1).toString());
    if (table == u"meetings"_s)
        return QCoreApplication::translate("AuditLog", "%1 on %2").arg(first, query.value(1).toString());
    return first;
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
