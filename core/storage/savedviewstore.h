#pragma once

#include "auditlog.h"
#include "domain/listkind.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace AllianceDesk {

/// What a saved search keeps, as stored (listing's SavedView adds what it means for its list).
struct StoredView
{
    qint64 id = 0;
    QString name;
    ListKind kind = ListKind::Organisations;
    QString search;
    QList<QPair<QString, QVariant>> filters; ///< in the order they were given, one per column key
    QString sortColumn;                      ///< a column key; empty: the list's natural order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

/**
 * The table saved_views: reading and writing saved searches, each write recorded in the audit trail with the words
 * the caller gives. The rules (unique names, filters that fit the list) are SavedViewRepository's, in listing.
 */
class SavedViewStore
{
public:
    explicit SavedViewStore(QSqlDatabase db);

    /// Every saved search, by name in the locale's order.
    QList<StoredView> all() const;
    std::optional<StoredView> get(qint64 id) const;
    /// The saved search whose folded name is @p foldedName.
    std::optional<StoredView> findFolded(const QString &foldedName) const;

    qint64 insert(const StoredView &view, const QString &foldedName, const QString &auditSummary);
    /// Replaces the list, search, filters and sort of saved search @p view.id.
    void updateDefinition(const StoredView &view, const QString &describedBefore, const QString &describedAfter);
    void rename(qint64 id, const QString &name, const QString &foldedName, const QString &before);
    void remove(qint64 id, const QString &auditSummary);

    /// The filters as stored: a JSON array of [key, value] pairs.
    static QString filtersToJson(const QList<QPair<QString, QVariant>> &filters);
    static QList<QPair<QString, QVariant>> filtersFromJson(const QString &json);

private:
    QList<StoredView> select(const QString &condition, const QString &placeholder, const QVariant &value) const;

    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
