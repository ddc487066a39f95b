#include "navigatormodel.h"

#include "listing/recordlister.h"
#include "search/searchindex.h"
#include "storage/membershiprepository.h"
#include "storage/networkrepository.h"
#include "listing/savedviewrepository.h"
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
        // The saved searches come last and lose their group with the tree: only the lists' nodes stay.
        if (m_topLevel.size() > static_cast<size_t>(topLevelKinds().size()))
            m_topLevel.resize(static_cast<size_t>(topLevelKinds().size()));
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
    loadSavedViews();
}

void NavigatorModel::loadSavedViews()
{
    const QList<SavedView> views = SavedViewRepository(m_db).all();
    if (views.isEmpty())
        return;
    // A top-level node after the lists; the networks are already in m_nodes, so the group is found by its flag.
    Node group;
    group.savedViewsGroup = true;
    group.label = tr("Saved Searches");
    group.count = static_cast<int>(views.size());
    group.row = static_cast<int>(m_topLevel.size());
    const int groupNode = static_cast<int>(m_nodes.size());
    m_topLevel.push_back(groupNode);
    m_nodes.push_back(std::move(group));
    for (const SavedView &view : views) {
        Node node;
        node.kind = view.kind;
        node.savedViewId = view.id;
        node.label = view.name;
        node.description = view.describe();
        RecordLister lister(m_db, view.kind);
        // As the table does: a long queue of records to index (a large import) is the background indexer's work.
        lister.setCatchUpLimit(SearchIndex::interactiveCatchUpLimit);
        try {
            view.applyTo(lister);
            node.count = lister.count();
        } catch (const RuleViolation &) {
            node.count = -1; // a filter this version does not know: shown without a count
        }
        node.parent = groupNode;
        node.row = static_cast<int>(m_nodes[static_cast<size_t>(groupNode)].children.size());
        m_nodes[static_cast<size_t>(groupNode)].children.push_back(static_cast<int>(m_nodes.size()));
        m_nodes.push_back(std::move(node));
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

QModelIndex NavigatorModel::indexForSavedView(qint64 viewId) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].savedViewId == viewId)
            return createIndex(m_nodes[i].row, NameColumn, static_cast<quintptr>(i));
    }
    return {};
}

QModelIndex NavigatorModel::indexForSavedViews() const
{
    for (const int node : m_topLevel) {
        if (m_nodes[static_cast<size_t>(node)].savedViewsGroup)
            return createIndex(m_nodes[static_cast<size_t>(node)].row, NameColumn, static_cast<quintptr>(node));
    }
    return {};
}

QString NavigatorModel::nodeKey(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[static_cast<size_t>(nodeIndex(index))];
    if (node.savedViewsGroup)
        return u"views"_s;
    if (node.savedViewId)
        return u"view:%1"_s.arg(*node.savedViewId);
    if (node.networkId)
        return u"network:%1"_s.arg(*node.networkId);
    return u"list:%1"_s.arg(static_cast<int>(node.kind));
}

QModelIndex NavigatorModel::indexForKey(const QString &key) const
{
    const QString kind = key.section(u':', 0, 0);
    const qint64 id = key.section(u':', 1).toLongLong();
    if (kind == u"views"_s)
        return indexForSavedViews();
    if (kind == u"view"_s)
        return indexForSavedView(id);
    if (kind == u"network"_s)
        return indexForNetwork(id);
    if (kind == u"list"_s)
        return indexForList(static_cast<ListKind>(id));
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
        return node.count >= 0 ? QVariant(node.count) : QVariant();
    case Qt::ToolTipRole:
        // The whole name (the tree cuts long ones), and the name in its own script.
        if (node.savedViewsGroup) {
            return tr("Searches saved with View → Save Search…: choose one to show its list; right-click one to "
                      "rename or delete it.");
        }
        if (node.savedViewId && index.column() == NameColumn)
            return QString(node.label + u'\n' + node.description);
        if (index.column() == NameColumn)
            return node.nativeLabel.isEmpty() ? node.label : node.label + u'\n' + node.nativeLabel;
        if (index.column() == CountColumn && node.count >= 0)
            return node.networkId ? tr("%n membership(s), whatever their status", nullptr, node.count)
                                  : tr("%n record(s)", nullptr, node.count);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ListKindRole:
        return node.savedViewsGroup ? QVariant() : QVariant(static_cast<int>(node.kind));
    case NetworkIdRole:
        return node.networkId ? QVariant(*node.networkId) : QVariant();
    case SavedViewIdRole:
        return node.savedViewId ? QVariant(*node.savedViewId) : QVariant();
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
