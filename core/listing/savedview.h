#pragma once

#include "listdefinition.h"
#include "storage/savedviewstore.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace AllianceDesk {

class RecordLister;

/**
 * A saved search: a named list as a user left it — which list, the search text, the filters (a column's key and the
 * value it must equal: "network_id" = 3, "status" = "lapsed", "country" = "PK") and the sort. Kept in the database by
 * SavedViewRepository, shown in the navigator, and used by the command line's `list`, `export` and `report --view`.
 * Without a name it is also what the window shows, for saving and exporting.
 */
struct SavedView : StoredView
{
    SavedView() = default;
    explicit SavedView(const StoredView &stored)
        : StoredView(stored)
    {}

    /// The value column @p key must equal, or an invalid QVariant when the view does not filter by it.
    QVariant filter(const QString &key) const;
    /// Sets (or replaces) the filter on column @p key.
    void setFilter(const QString &key, const QVariant &value);

    /// Gives @p lister (of the view's kind) the view's search, filters and sort.
    void applyTo(RecordLister &lister) const;
    /// Checks the name, the filters and the sort against the list's columns; throws RuleViolation saying what is wrong.
    void check() const;
    /// What the view keeps, in words for the user: "memberships; status: lapsed; country: PK; search “men”".
    QString describe() const;

    /**
     * The value a filter on column @p key of list @p kind holds when a user typed @p text (the command line's
     * `--filter KEY=VALUE`): a number for ids and counts, a code of the column's vocabulary, a country code in
     * capitals. Throws RuleViolation for a column the list does not have or a value the column cannot hold.
     */
    static QVariant filterValue(ListKind kind, const QString &key, const QString &text);
    /// The name as compared for uniqueness: Unicode case folding, surrounding spaces dropped.
    static QString foldedName(const QString &name);
    /// The longest name a saved search may have, in characters.
    static constexpr int maximumNameLength = 120;
};

} // namespace AllianceDesk
