#pragma once

#include "savedview.h"
#include "storage/savedviewstore.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace AllianceDesk {

/**
 * Saved searches: named lists with their search, filters and sort. Names are unique whatever
 * their case; a view must fit its list. Kept by SavedViewStore. Every change is recorded in the audit trail; callers
 * run the writes in a transaction (the window as one undoable edit).
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

private:
    SavedView require(qint64 id) const;
    void requireFreeName(const QString &name, qint64 exceptId) const;

    SavedViewStore m_store;
};

} // namespace AllianceDesk
