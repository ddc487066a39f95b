#include "listcolumns.h"

#include "recordtablemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

const auto keysKey = u"columns"_s;  ///< the columns the layout was saved for, by key
const auto headerKey = u"header"_s; ///< QHeaderView::saveState()

/**
 * The columns a programme officer rarely needs while going through a list, hidden until asked for: they stay in
 * the detail pane, the export and the column menu. The record's id is hidden in every list.
 */
QStringList hiddenKeys(ListKind kind)
{
    switch (kind) {
    case ListKind::Networks:
        return {u"region"_s, u"founded"_s, u"website"_s};
    case ListKind::Organisations:
        return {u"province"_s, u"phone"_s, u"website"_s};
    case ListKind::People:
        return {u"phone"_s, u"languages"_s};
    case ListKind::Memberships:
        return {u"status_since"_s, u"country"_s};
    case ListKind::Programs:
        return {u"network"_s};
    case ListKind::SupportGroups:
        return {u"country"_s, u"founded"_s};
    case ListKind::Events:
        return {u"online"_s, u"network"_s, u"country_count"_s};
    case ListKind::SecretariatTerms:
    case ListKind::Meetings:
    case ListKind::Concerns:
        break;
    }
    return {};
}

} // namespace

ListColumns::ListColumns(QTableView *table, QObject *parent)
    : QObject(parent)
    , m_table(table)
{
    // Scrolled by pixels, a column wider than the rest (a name in its own script) is never jumped over.
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setFirstSectionMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &position) {
        QMenu menu(m_table);
        fillMenu(&menu);
        // A header is a scroll area: the position is its viewport's.
        menu.exec(header->viewport()->mapToGlobal(position));
    });
    connect(header, &QHeaderView::sectionMoved, this, &ListColumns::save);
    connect(header, &QHeaderView::sectionResized, this, &ListColumns::save);
}

QString ListColumns::settingsGroup(ListKind kind)
{
    return u"listColumns/"_s + listDefinition(kind).name;
}

bool ListColumns::hiddenByDefault(ListKind kind, const QString &key)
{
    return key == u"id"_s || hiddenKeys(kind).contains(key);
}

int ListColumns::nameColumn() const
{
    const auto *model = qobject_cast<const RecordTableModel *>(m_table->model());
    if (!model)
        return -1;
    for (const ListColumn &column : model->definition().columns) {
        if (column.type != ListColumn::Type::Id) {
            if (const int index = model->columnOf(column.key); index >= 0)
                return index;
        }
    }
    return -1;
}

QStringList ListColumns::columnKeys() const
{
    const auto *model = qobject_cast<const RecordTableModel *>(m_table->model());
    if (!model)
        return {};
    QStringList keys(model->columnCount());
    for (const ListColumn &column : model->definition().columns) {
        if (const int index = model->columnOf(column.key); index >= 0)
            keys[index] = column.key;
    }
    return keys;
}

void ListColumns::apply(ListKind kind)
{
    m_kind = kind;
    m_applying = true;
    if (!restore())
        applyDefaults();
    m_applying = false;
}

void ListColumns::applyDefaults()
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical) {
        header->setSectionHidden(logical, false);
        header->moveSection(header->visualIndex(logical), logical);
    }
    // Column widths from the first page only: measuring more rows would load them all on a big alliance.
    header->setResizeContentsPrecision(RecordTableModel::pageSize);
    m_table->resizeColumnsToContents();
    const QStringList keys = columnKeys();
    const int name = nameColumn();
    for (int column = 0; column < keys.size(); ++column) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), maximumDefaultWidth));
        if (column != name && hiddenByDefault(*m_kind, keys.at(column)))
            header->setSectionHidden(column, true);
    }
}

bool ListColumns::restore()
{
    QSettings settings;
    settings.beginGroup(settingsGroup(*m_kind));
    const QByteArray state = settings.value(headerKey).toByteArray();
    // A layout saved for other columns (before an upgrade changed the list) would put titles over the wrong data.
    if (state.isEmpty() || settings.value(keysKey).toStringList() != columnKeys())
        return false;
    // Tried on a header of its own first: a state for another number of columns is refused, or half applied.
    QHeaderView probe(Qt::Horizontal);
    probe.setModel(m_table->model());
    if (!probe.restoreState(state) || probe.count() != m_table->model()->columnCount())
        return false;
    QHeaderView *header = m_table->horizontalHeader();
    header->restoreState(state);
    if (const int name = nameColumn(); name >= 0)
        header->setSectionHidden(name, false);
    // The state holds a sort indicator too; a list opens in its natural order.
    const QSignalBlocker blocker(header);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    return true;
}

void ListColumns::save()
{
    const auto *model = qobject_cast<const RecordTableModel *>(m_table->model());
    // While a new list is being set, the header still holds the last list's layout: not this one's to keep.
    if (m_applying || !m_kind || !model || model->kind() != *m_kind)
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup(*m_kind));
    settings.setValue(keysKey, columnKeys());
    settings.setValue(headerKey, m_table->horizontalHeader()->saveState());
}

void ListColumns::setColumnVisible(int column, bool visible)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (column < 0 || column >= header->count() || (!visible && column == nameColumn()))
        return;
    header->setSectionHidden(column, !visible);
    save();
}

void ListColumns::reset()
{
    if (!m_kind || !m_table->model())
        return;
    QSettings().remove(settingsGroup(*m_kind));
    m_applying = true;
    applyDefaults();
    m_applying = false;
}

void ListColumns::fillMenu(QMenu *menu)
{
    const QAbstractItemModel *model = m_table->model();
    if (!model)
        return;
    const QHeaderView *header = m_table->horizontalHeader();
    const int name = nameColumn();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu->addAction(model->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        if (logical == name) {
            action->setEnabled(false);
            action->setToolTip(tr("The name is always shown"));
        }
        connect(action, &QAction::toggled, this, [this, logical](bool on) { setColumnVisible(logical, on); });
    }
    menu->addSeparator();
    menu->addAction(tr("&Reset Columns"), this, &ListColumns::reset);
}

} // namespace AllianceDesk
