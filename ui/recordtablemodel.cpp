#include "recordtablemodel.h"

#include "listing/listformatter.h"
#include "search/searchindex.h"
#include "util/dates.h"
#include "util/error.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
// Enough pages for several screens scrolled back and forth; beyond that the cache starts again.
constexpr int maximumCachedPages = 64;
} // namespace

RecordTableModel::RecordTableModel(QSqlDatabase db, ListKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_lister(std::move(db), kind)
{
    // A search never does the catch-up of a large import on the GUI thread: SearchIndexer does it on a worker.
    m_lister.setCatchUpLimit(SearchIndex::interactiveCatchUpLimit);
    const QList<ListColumn> &columns = m_lister.definition().columns;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).shownInTable)
            m_columns << i;
    }
    m_count = readCount();
}

qint64 RecordTableModel::recordId(int row) const
{
    if (row < 0 || row >= m_count)
        return 0;
    return this->row(row).value(0).toLongLong();
}

int RecordTableModel::columnOf(const QString &key) const
{
    return static_cast<int>(m_columns.indexOf(m_lister.definition().columnIndex(key)));
}

QString RecordTableModel::keyOf(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_lister.definition().columns.at(m_columns.at(column)).key
                                                    : QString();
}

void RecordTableModel::setSearch(const QString &text)
{
    m_lister.setSearch(text);
    reload();
}

void RecordTableModel::setFilter(const QString &key, const QVariant &value)
{
    try {
        m_lister.setFilter(key, value);
    } catch (const Error &error) {
        reportFailure(error.message());
    }
    reload();
}

void RecordTableModel::clearFilters()
{
    m_lister.clearFilters();
    reload();
}

void RecordTableModel::refresh()
{
    reload();
}

void RecordTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_count = readCount();
    endResetModel();
}

int RecordTableModel::rowOf(qint64 id) const
{
    try {
        return m_lister.rowOf(id);
    } catch (const Error &error) {
        reportFailure(error.message());
        return -1;
    }
}

int RecordTableModel::readCount() const
{
    // Called from the event loop (a keystroke, a refresh): an error is shown, never thrown into Qt.
    try {
        const int count = m_lister.count();
        m_failure.clear();
        return count;
    } catch (const Error &error) {
        reportFailure(error.message());
        return 0;
    }
}

void RecordTableModel::reportFailure(const QString &message) const
{
    const bool alreadySaid = !m_failure.isEmpty();
    m_failure = message;
    if (alreadySaid)
        return; // one failure, said once, until the list reads well again
    // Queued: data() is called while a view paints, which is no time to open a message box.
    auto *self = const_cast<RecordTableModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->failed(message); }, Qt::QueuedConnection);
}

const QVariantList &RecordTableModel::row(int row) const
{
    const int page = row / pageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        if (m_pages.size() >= maximumCachedPages)
            m_pages.clear();
        QList<QVariantList> rows;
        try {
            rows = m_lister.fetch(page * pageSize, pageSize);
        } catch (const Error &error) {
            // The page reads as empty rows until the next refresh: not asked again for every cell painted.
            reportFailure(error.message());
        }
        it = m_pages.insert(page, rows);
    }
    const int offset = row - page * pageSize;
    // The database may have changed under the cached count: a missing row reads as empty.
    static const QVariantList missing;
    return offset < it->size() ? it->at(offset) : missing;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int definitionColumn = m_columns.at(index.column());
    const ListColumn &column = m_lister.definition().columns.at(definitionColumn);

    switch (role) {
    case Qt::DisplayRole: {
        const QVariant value = row(index.row()).value(definitionColumn);
        if (value.isNull())
            return {};
        switch (column.type) {
        case ListColumn::Type::Code:
        case ListColumn::Type::Country:
        case ListColumn::Type::Boolean:
        case ListColumn::Type::Phone:
            // The same labels as the exports (ListExporter), from the one place that makes them.
            return ListFormatter::label(column, value);
        case ListColumn::Type::Id:
        case ListColumn::Type::Integer:
            return value.toLongLong();
        case ListColumn::Type::Date:
            return Dates::display(value.toString());
        case ListColumn::Type::Text:
            return value.toString();
        }
        return {};
    }
    case Qt::ToolTipRole: {
        const QVariant value = row(index.row()).value(definitionColumn);
        if (column.type == ListColumn::Type::Country && !value.isNull())
            return value.toString();
        if (column.type == ListColumn::Type::Date && !value.isNull()) {
            // The whole date, weekday and month in words, for a date read in a short form.
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QVariant();
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        if (column.type == ListColumn::Type::Id || column.type == ListColumn::Type::Integer)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        // Text in a right-to-left script (Urdu) starts at the right, as its readers expect.
        if (column.type == ListColumn::Type::Text &&
            row(index.row()).value(definitionColumn).toString().isRightToLeft())
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole:
        return row(index.row()).value(0);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return {};
    return ListDefinition::translatedColumnTitle(m_lister.definition().columns.at(m_columns.at(section)));
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    const int definitionColumn = column >= 0 && column < m_columns.size() ? m_columns.at(column) : -1;
    m_lister.setSort(definitionColumn, order);
    reload();
}

} // namespace AllianceDesk
