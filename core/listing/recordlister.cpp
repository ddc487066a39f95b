#include "recordlister.h"

#include "domain/contactvalues.h"
#include "util/error.h"
#include "util/searchtext.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

RecordLister::RecordLister(QSqlDatabase db, ListKind kind)
    : m_definition(listDefinition(kind))
    , m_store(std::move(db), kind)
{
    for (const ListColumn &column : m_definition.columns)
        m_columnKeys << column.key;
}

void RecordLister::setSearch(const QString &text)
{
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    const qsizetype before = words.size();
    words.removeIf([](const QString &word) {
        return word.compare(ContactValues::unverifiedFilterWord(), Qt::CaseInsensitive) == 0;
    });
    m_request.unverifiedOnly = words.size() < before;
    // Every word of the query must match (in any of the searched fields), as in the global search.
    m_request.searchWords = foldForSearch(words.join(u' ').trimmed()).split(u' ', Qt::SkipEmptyParts);
}

void RecordLister::setFilter(const QString &key, const QVariant &value)
{
    if (m_definition.columnIndex(key) < 0)
        throw RuleViolation(u"The list of %1 cannot be filtered by “%2”."_s.arg(m_definition.name, key));
    for (auto &filter : m_request.filters) {
        if (filter.first == key) {
            filter.second = value;
            return;
        }
    }
    m_request.filters.append({key, value});
}

void RecordLister::clearFilters()
{
    m_request.filters.clear();
}

void RecordLister::setSort(int column, Qt::SortOrder order)
{
    m_request.sortKey =
        (column >= 0 && column < m_definition.columns.size()) ? m_definition.columns.at(column).key : QString();
    m_request.sortOrder = order;
}

int RecordLister::count() const
{
    return m_store.count(m_request);
}

QList<QVariantList> RecordLister::fetch(int offset, int limit) const
{
    return m_store.page(m_request, m_columnKeys, offset, limit);
}

int RecordLister::rowOf(qint64 id) const
{
    return m_store.rowOf(m_request, id);
}

} // namespace AllianceDesk
