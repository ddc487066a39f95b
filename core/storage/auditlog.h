#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace AllianceDesk {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString action; ///< create, update, delete
    QString entity; ///< the table the record lives in ("organisations")
    qint64 entityId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

/**
 * The audit trail: what changed, old and new value, when and by whom. Protected values (participant identities,
 * confidential concern notes) are recorded as changed, never with their content.
 */
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);

    /// The name recorded as the author of changes: the one set with setUserName(), else the OS account name.
    static QString userName();
    static void setUserName(const QString &name);
    /// The OS account name (what userName() gives when no name is set).
    static QString systemUserName();
    /// The name record @p id of @p table (an audit entity) goes by, for the tables whose records have one
    /// (networks, organisations, people, programs, support groups, events); empty otherwise or when it is gone.
    static QString recordName(const QSqlDatabase &db, const QString &table, qint64 id);

    void recordCreate(const QString &entity, qint64 id, const QString &summary);
    void recordUpdate(const QString &entity, qint64 id, const QString &field, const QString &oldValue,
                      const QString &newValue);
    void recordDelete(const QString &entity, qint64 id, const QString &summary);
    QList<AuditEntry> history(const QString &entity, qint64 id) const;

private:
    void record(const QString &action, const QString &entity, qint64 id, const QString &field, const QString &oldValue,
                const QString &newValue);
    QSqlDatabase m_db;
};

} // namespace AllianceDesk
