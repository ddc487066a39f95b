#include "datachange.h"

#include <algorithm>

namespace AllianceDesk {

DataChange DataChange::everything()
{
    DataChange change;
    change.m_everything = true;
    return change;
}

DataChange DataChange::fromRows(const QList<ChangedRow> &rows)
{
    DataChange change;
    for (const ChangedRow &row : rows)
        change.add(row.table, row.id, row.operation);
    return change;
}

bool DataChange::touches(const QString &table) const
{
    return m_everything || m_tables.contains(table);
}

bool DataChange::touchesAny(const QStringList &tables) const
{
    return m_everything || std::any_of(tables.cbegin(), tables.cend(),
                                       [this](const QString &table) { return m_tables.contains(table); });
}

bool DataChange::touches(const QString &table, qint64 id) const
{
    if (m_everything)
        return true;
    const auto found = m_tables.constFind(table);
    return found != m_tables.constEnd() && found->ids.contains(id);
}

bool DataChange::addsOrRemoves(const QString &table) const
{
    if (m_everything)
        return true;
    const auto found = m_tables.constFind(table);
    return found != m_tables.constEnd() && found->addsOrRemoves;
}

bool DataChange::addsOrRemovesAny() const
{
    return m_everything || std::any_of(m_tables.cbegin(), m_tables.cend(),
                                       [](const TableChange &change) { return change.addsOrRemoves; });
}

QSet<qint64> DataChange::ids(const QString &table) const
{
    return m_tables.value(table).ids;
}

QStringList DataChange::tables() const
{
    QStringList result = m_tables.keys();
    result.sort();
    return result;
}

void DataChange::add(const QString &table, qint64 id, ChangedRow::Operation operation)
{
    if (m_everything)
        return;
    TableChange &change = m_tables[table];
    change.ids.insert(id);
    if (operation != ChangedRow::Operation::Update)
        change.addsOrRemoves = true;
}

DataChange &DataChange::operator+=(const DataChange &other)
{
    if (m_everything)
        return *this;
    if (other.m_everything) {
        *this = everything();
        return *this;
    }
    for (auto it = other.m_tables.cbegin(); it != other.m_tables.cend(); ++it) {
        TableChange &change = m_tables[it.key()];
        change.ids.unite(it->ids);
        change.addsOrRemoves = change.addsOrRemoves || it->addsOrRemoves;
    }
    return *this;
}

} // namespace AllianceDesk
