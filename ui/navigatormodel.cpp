#include "navigatormodel.h"

#include "listing/recordlister.h"
#include "storage/membershiprepository.h"
#include "storage/networkrepository.h"
#include "util/error.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

NavigatorModel::NavigatorModel(QSqlDatabase db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(std::move(db))
{
    load();
}

const QList<ListKind> &NavigatorModel::topLevelKinds()
{
    static const QList<ListKind> kinds{ListKind::Networks,    ListKind::Organisations, ListKind::People,
                                       ListKind::Memberships, ListKind::Programs,      ListKind::SupportGroups,
                                       ListKind::Events,      ListKind::Concerns};
    return kinds;
}

void NavigatorModel::refresh()
{
    beginResetModel();
    load();
    endResetModel();
}

void NavigatorModel::load()
{
    // Called from the event loop (opening, refreshing): a database that cannot be read leaves the lists with the
    // counts read so far and no network tree, and says why once.
    const bool alreadySaid = !m_failure.isEmpty();
    try {
        loadNodes();
        m_failure.clear();
    } catch (const Error &error) {
        m_failure = error.message();
        // The lists whose count could not be read are shown without one.
        for (qsizetype i = static_cast<qsizetype>(m_topLevel.size()); i < topLevelKinds().size(); ++i) {
            const ListKind kind = topLevelKinds().at(i);
            Node node;
            node.kind = kind;
            node.label = listDefinition(kind).translatedTitle();
            node.row = static_cast<int>(m_topLevel.size());
            m_topLevel.push_back(static_cast<int>(m_nodes.size()));
            m_nodes.push_back(std::move(node));
        }
        // The networks read before the failure have no place in the tree yet: they go.
        m_nodes.resize(m_topLevel.size());
        for (Node &node : m_nodes)
            node.children.clear();
        if (!alreadySaid) {
            const QString message = m_failure;
            QMetaObject::invokeMethod(
                this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
        }
    }
}

void NavigatorModel::loadNodes()
{
    m_nodes.clear();
    m_topLevel.clear();
    for (ListKind kind : topLevelKinds()) {
        Node node;
        node.kind = kind;
        node.label = listDefinition(kind).translatedTitle();
        node.count = RecordLister(m_db, kind).count();
        node.row = static_cast<int>(m_topLevel.size());
        m_topLevel.push_back(static_cast<int>(m_nodes.size()));
        m_nodes.push_back(std::move(node));
    }

    // The network tree hangs under "Networks"; a network whose parent is unknown is shown at the top.
    const int networksNode = m_topLevel.front();
    const QList<Network> networks = NetworkRepository(m_db).all();
    // Every network's memberships in one query: one count per network took most of a refresh on a big alliance.
    const QHash<qint64, int> memberships = MembershipRepository(m_db).countByNetwork();
    QHash<qint64, int> nodeOfNetwork;
    for (const Network &network : networks) {
        Node node;
        node.kind = ListKind::Memberships;
        node.networkId = network.id;
        node.label = network.name;
        node.nativeLabel = network.nativeName;
        node.count = memberships.value(network.id);
        nodeOfNetwork.insert(network.id, static_cast<int>(m_nodes.size()));
        m_nodes.push_back(std::move(node));
    }
    // all() is ordered by name, so children come out sorted by name under every parent.
    for (const Network &network : networks) {
        const int child = nodeOfNetwork.value(network.id);
        int parentNode = networksNode;
        if (network.parentId && nodeOfNetwork.contains(*network.parentId))
            parentNode = nodeOfNetwork.value(*network.parentId);
        m_nodes[child].parent = parentNode;
        m_nodes[child].row = static_cast<int>(m_nodes[parentNode].children.size());
        m_nodes[parentNode].children.push_back(child);
    }
}

QModelIndex NavigatorModel::indexForList(ListKind kind) const
{
    const int row = static_cast<int>(topLevelKinds().indexOf(kind));
    return row < 0 ? QModelIndex() : index(row, NameColumn);
}

QModelIndex NavigatorModel::indexForNetwork(qint64 networkId) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].networkId == networkId)
            return createIndex(m_nodes[i].row, NameColumn, static_cast<quintptr>(i));
    }
    return {};
}

const std::vector<int> &NavigatorModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes[static_cast<size_t>(nodeIndex(parent))].children : m_topLevel;
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int node = childrenOf(parent)[static_cast<size_t>(row)];
    return createIndex(row, column, static_cast<quintptr>(node));
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[static_cast<size_t>(nodeIndex(child))].parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes[static_cast<size_t>(parentNode)].row, NameColumn, static_cast<quintptr>(parentNode));
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return static_cast<int>(childrenOf(parent).size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[static_cast<size_t>(nodeIndex(index))];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node.label;
        return node.count;
    case Qt::ToolTipRole:
        // The whole name (the tree cuts long ones), and the name in its own script.
        if (index.column() == NameColumn)
            return node.nativeLabel.isEmpty() ? node.label : node.label + u'\n' + node.nativeLabel;
        if (index.column() == CountColumn)
            return node.networkId ? tr("%n membership(s), whatever their status", nullptr, node.count)
                                  : tr("%n record(s)", nullptr, node.count);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ListKindRole:
        return static_cast<int>(node.kind);
    case NetworkIdRole:
        return node.networkId ? QVariant(*node.networkId) : QVariant();
    default:
        return {};
    }
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CountColumn:
        return tr("Count");
    default:
        return {};
    }
}

} // namespace AllianceDesk
