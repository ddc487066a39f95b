#pragma once

#include "listing/listdefinition.h"

#include <QAbstractItemModel>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace AllianceDesk {

/**
 * The navigator: one top-level node per list (with its record count), under "Networks" the network tree, and, when
 * there are any, the saved searches under "Saved Searches" (each with the count of what it lists). Read once from the
 * database; refresh() reads it again.
 */
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CountColumn,
        ColumnCount
    };
    enum Role
    {
        ListKindRole = Qt::UserRole, ///< int(ListKind) the node shows
        NetworkIdRole,               ///< the network's id (qint64), invalid for list nodes
        SavedViewIdRole,             ///< the saved search's id (qint64), invalid for other nodes
    };

    explicit NavigatorModel(QSqlDatabase db, QObject *parent = nullptr);

    /// The lists shown as top-level nodes, in order.
    static const QList<ListKind> &topLevelKinds();

    void refresh();
    /// Why the navigator could not be read the last time (empty when it was).
    const QString &failure() const { return m_failure; }
    QModelIndex indexForList(ListKind kind) const;
    QModelIndex indexForNetwork(qint64 networkId) const;
    QModelIndex indexForSavedView(qint64 viewId) const;
    /// The "Saved Searches" node; invalid when there are no saved searches. It shows no list of its own (its
    /// ListKindRole is invalid).
    QModelIndex indexForSavedViews() const;
    /// Names the node at @p index so that indexForKey() finds it again after a refresh ("network:12", "view:3").
    QString nodeKey(const QModelIndex &index) const;
    QModelIndex indexForKey(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The database could not be read: the counts or networks that could not be read are missing. Queued, once.
    void failed(const QString &message);

private:
    struct Node
    {
        ListKind kind = ListKind::Networks;
        std::optional<qint64> networkId;
        std::optional<qint64> savedViewId;
        bool savedViewsGroup = false;
        QString description; ///< a saved search's, for its tooltip
        QString label;
        QString nativeLabel;
        int count = 0;
        int parent = -1; ///< index in m_nodes, -1 for top-level nodes
        int row = 0;     ///< row under the parent
        std::vector<int> children;
    };

    void load();
    void loadNodes();
    void loadSavedViews();
    const std::vector<int> &childrenOf(const QModelIndex &parent) const;
    int nodeIndex(const QModelIndex &index) const { return static_cast<int>(index.internalId()); }

    QSqlDatabase m_db;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
    QString m_failure;
};

} // namespace AllianceDesk
