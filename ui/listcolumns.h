#pragma once

#include "listing/listdefinition.h"

#include <QObject>

#include <optional>

class QMenu;
class QTableView;

namespace AllianceDesk {

/**
 * The columns of the record list as each user shapes them: which are shown, in what order, how wide. Each kind of
 * list keeps its own layout across restarts (in QSettings, under "listColumns/<list name>"); a layout saved for
 * other columns (an older version of the list) is ignored. Without one, a list shows its columns at the widths of
 * their contents, the rarely needed ones hidden, so that those that matter fit a small window. The column that
 * names the record is never hidden.
 */
class ListColumns : public QObject
{
    Q_OBJECT

public:
    /// Shapes the columns of @p table, whose model is always a RecordTableModel; the header's context menu too.
    explicit ListColumns(QTableView *table, QObject *parent = nullptr);

    /// The table shows a new list of kind @p kind: lays out its columns as last left, or by default.
    void apply(ListKind kind);
    /// Shows or hides table column @p column of the list shown (the name column stays) and remembers it.
    void setColumnVisible(int column, bool visible);
    /// Forgets the layout of the list shown and lays its columns out by default.
    void reset();
    /// Fills @p menu with a checkable entry per column, in the order shown, and Reset Columns.
    void fillMenu(QMenu *menu);

    /// The table column naming the record (the first after the id): it cannot be hidden. -1 without a list.
    int nameColumn() const;
    /// Whether the column @p key of list @p kind is hidden until the user shows it.
    static bool hiddenByDefault(ListKind kind, const QString &key);
    /// The QSettings group keeping the layout of list @p kind.
    static QString settingsGroup(ListKind kind);
    /// The widest a column is made by default: a long name is cut (the user can widen it), so that on a small screen
    /// the name and the name in its own script fit side by side beside the detail pane.
    static constexpr int maximumDefaultWidth = 250;

private:
    void applyDefaults();
    bool restore();
    void save();
    QStringList columnKeys() const;

    QTableView *m_table;
    std::optional<ListKind> m_kind;
    bool m_applying = false; ///< while laying out: the header's signals are not the user's changes
};

} // namespace AllianceDesk
