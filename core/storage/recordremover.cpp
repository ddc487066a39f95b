#include "recordremover.h"

#include "domain/catalogue.h"

#include "auditlog.h"
#include "changeset.h"
#include "sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

struct Reference
{
    QString table;
    QString column;
    QString onDelete; ///< CASCADE, SET NULL, RESTRICT, NO ACTION
};

/// Every foreign key that points at @p table, read from the schema.
QList<Reference> referencesTo(const QSqlDatabase &db, const QString &table)
{
    QList<Reference> references;
    SqlQuery tables(db, u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
    tables.exec();
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        if (ChangeRecorder::isBookkeeping(name))
            continue;
        SqlQuery keys(db, u"SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list(:table)"_s);
        keys.bind(u":table"_s, name).exec();
        while (keys.next()) {
            if (keys.value(0).toString() == table)
                references << Reference{name, keys.value(1).toString(), keys.value(2).toString().toUpper()};
        }
    }
    return references;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("RecordRemover", text);
}

/// Rows that are part of the record itself (its focus areas, its status history...), not records of their own.
bool isPartOfRecord(const Reference &reference)
{
    static const QList<QPair<QString, QString>> parts = {
        {u"network_strategies"_s, u"network_id"_s},
        {u"organisation_focus_areas"_s, u"organisation_id"_s},
        {u"program_themes"_s, u"program_id"_s},
        {u"program_levels"_s, u"program_id"_s},
        {u"program_places"_s, u"program_id"_s},
        {u"program_partners"_s, u"program_id"_s},
        {u"membership_status_changes"_s, u"membership_id"_s},
    };
    return parts.contains(qMakePair(reference.table, reference.column));
}

} // namespace

QString Dependents::label() const
{
    QString kind = QString(table).replace(u'_', u' ');
    if (const EntityDescription *entity = Catalogue::forTable(table)) {
        kind = count == 1 ? entity->translatedSingular() : entity->translatedPlural();
    } else if (const EntityDescription *owner = Catalogue::ownerOfSet(table)) {
        for (const SetDescription &set : owner->sets) {
            if (set.table == table)
                kind = count == 1 ? set.translatedSingular() : set.translatedPlural();
        }
    }
    return deleted ? tr("%1 %2 (deleted with it)").arg(count).arg(kind)
                   : tr("%1 %2 (they lose the link)").arg(count).arg(kind);
}

RecordRemover::RecordRemover(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<Dependents> RecordRemover::dependents(const QString &table, qint64 id) const
{
    QList<Dependents> result;
    collectDependents(table, id, result, 0);
    return result;
}

void RecordRemover::collectDependents(const QString &table, qint64 id, QList<Dependents> &result, int depth) const
{
    if (depth > 8)
        return;
    for (const Reference &reference : referencesTo(m_db, table)) {
        if (isPartOfRecord(reference))
            continue;
        // Names come from the schema itself.
        SqlQuery rows(m_db, u"SELECT rowid FROM \"%1\" WHERE \"%2\" = :id"_s.arg(reference.table, reference.column));
        rows.bind(u":id"_s, id).exec();
        QList<qint64> ids;
        while (rows.next())
            ids << rows.value(0).toLongLong();
        if (ids.isEmpty())
            continue;
        const bool deleted = reference.onDelete != u"SET NULL"_s;
        auto existing = std::find_if(result.begin(), result.end(), [&](const Dependents &d) {
            return d.table == reference.table && d.deleted == deleted;
        });
        if (existing == result.end())
            result << Dependents{reference.table, reference.column, static_cast<int>(ids.size()), deleted};
        else
            existing->count += static_cast<int>(ids.size());
        // What is deleted with the record takes its own dependents along: count them too.
        if (deleted) {
            for (qint64 child : std::as_const(ids))
                collectDependents(reference.table, child, result, depth + 1);
        }
    }
}

void RecordRemover::remove(const QString &table, qint64 id, const QString &record, Policy policy)
{
    const QList<Dependents> found = dependents(table, id);
    if (!found.isEmpty() && policy == Policy::RefuseIfDependents) {
        QStringList labels;
        for (const Dependents &dependents : found)
            labels << dependents.label();
        throw RuleViolation(
            tr("%1 cannot be deleted while other records depend on it: %2.").arg(record, labels.join(u"; "_s)));
    }
    removeRecursively(table, id, 0);
    AuditLog(m_db).recordDelete(table, id, record);
}

void RecordRemover::removeRecursively(const QString &table, qint64 id, int depth)
{
    if (depth > 8)
        throw StorageError(tr("The records depending on this one are nested too deeply to delete."));
    // Everything is deleted or cleared explicitly rather than by the schema's ON DELETE actions, so that an undo
    // (which replays recorded row changes, and SQLite's session extension does not see foreign-key actions)
    // restores every row.
    for (const Reference &reference : referencesTo(m_db, table)) {
        if (reference.onDelete == u"SET NULL"_s) {
            SqlQuery clear(
                m_db, u"UPDATE \"%1\" SET \"%2\" = NULL WHERE \"%2\" = :id"_s.arg(reference.table, reference.column));
            clear.bind(u":id"_s, id).exec();
            continue;
        }
        SqlQuery children(m_db,
                          u"SELECT rowid FROM \"%1\" WHERE \"%2\" = :id"_s.arg(reference.table, reference.column));
        children.bind(u":id"_s, id).exec();
        QList<qint64> ids;
        while (children.next())
            ids << children.value(0).toLongLong();
        for (qint64 child : std::as_const(ids))
            removeRecursively(reference.table, child, depth + 1);
    }
    SqlQuery remove(m_db, u"DELETE FROM \"%1\" WHERE rowid = :id"_s.arg(table));
    remove.bind(u":id"_s, id).exec();
}

} // namespace AllianceDesk
