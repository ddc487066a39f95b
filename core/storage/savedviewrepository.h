#pragma once

#include "auditlog.h"
#include "listing/savedview.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace AllianceDesk {

/**
 * Saved searches (table saved_views): named lists with their search, filters and sort. Names are unique whatever
 * their case. Every change is recorded in the audit trail; callers run the writes in a transaction (the window as one
 * undoable edit).
 */
class SavedViewRepository
{
public:
    explicit SavedViewRepository(QSqlDatabase db);

    /// Every saved search, by name.
    QList<SavedView> all() const;
    std::optional<SavedView> get(qint64 id) const;
    /// The saved search called @p name, whatever its case ("lapsed members" finds "Lapsed Members").
    std::optional<SavedView> find(const QString &name) const;

    /// Saves @p view under its name and returns its id; throws RuleViolation when the name is taken or the view does
    /// not fit its list (SavedView::check()).
    qint64 add(const SavedView &view);
    /// Replaces what saved search @p view.id keeps (list, search, filters, sort) with @p view's; the name stays.
    void replace(const SavedView &view);
    /// Renames saved search @p id; throws RuleViolation when another one has the name.
    void rename(qint64 id, const QString &name);
    void remove(qint64 id);

    /// The filters as stored: a JSON object of column keys and values.
    static QString filtersToJson(const QList<QPair<QString, QVariant>> &filters);
    static QList<QPair<QString, QVariant>> filtersFromJson(const QString &json);

private:
    QList<SavedView> select(const QString &condition, const QString &placeholder, const QVariant &value) const;
    SavedView require(qint64 id) const;
    void requireFreeName(const QString &name, qint64 exceptId) const;

    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
