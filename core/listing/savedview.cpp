#include "savedview.h"

#include "domain/vocabulary.h"
#include "recordlister.h"
#include "util/countrycatalog.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SavedView", text);
}

const ListColumn &columnOf(const ListDefinition &definition, const QString &key)
{
    const int index = definition.columnIndex(key);
    if (index < 0) {
        QStringList keys;
        for (const ListColumn &column : definition.columns)
            keys << column.key;
        throw RuleViolation(tr("The list of %1 has no column “%2”; its columns are: %3.")
                                .arg(definition.name, key, keys.join(u", "_s)));
    }
    return definition.columns.at(index);
}

} // namespace

QVariant SavedView::filter(const QString &key) const
{
    for (const auto &[filterKey, value] : filters) {
        if (filterKey == key)
            return value;
    }
    return {};
}

void SavedView::setFilter(const QString &key, const QVariant &value)
{
    for (auto &filter : filters) {
        if (filter.first == key) {
            filter.second = value;
            return;
        }
    }
    filters.append({key, value});
}

void SavedView::applyTo(RecordLister &lister) const
{
    lister.setSearch(search);
    lister.clearFilters();
    for (const auto &[key, value] : filters)
        lister.setFilter(key, value);
    lister.setSort(sortColumn.isEmpty() ? -1 : lister.definition().columnIndex(sortColumn), sortOrder);
}

void SavedView::check() const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw RuleViolation(tr("A saved search needs a name."));
    if (trimmed.size() > maximumNameLength)
        throw RuleViolation(tr("The name of a saved search is at most %1 characters long.").arg(maximumNameLength));
    const ListDefinition &definition = listDefinition(kind);
    for (const auto &[key, value] : filters)
        filterValue(kind, key, value.toString());
    if (!sortColumn.isEmpty())
        columnOf(definition, sortColumn);
}

QString SavedView::describe() const
{
    const ListDefinition &definition = listDefinition(kind);
    QStringList parts{definition.name};
    for (const auto &[key, value] : filters)
        parts << u"%1: %2"_s.arg(key, value.toString());
    if (!search.isEmpty())
        parts << tr("search “%1”").arg(search);
    if (!sortColumn.isEmpty())
        parts << (sortOrder == Qt::AscendingOrder ? tr("sorted by %1").arg(sortColumn)
                                                  : tr("sorted by %1, descending").arg(sortColumn));
    return parts.join(u"; "_s);
}

QVariant SavedView::filterValue(ListKind kind, const QString &key, const QString &text)
{
    const ListDefinition &definition = listDefinition(kind);
    const ListColumn &column = columnOf(definition, key);
    const QString value = text.trimmed();
    switch (column.type) {
    case ListColumn::Type::Id:
    case ListColumn::Type::Integer: {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        if (!ok)
            throw RuleViolation(tr("The filter on “%1” needs a whole number, not “%2”.").arg(key, text));
        return number;
    }
    case ListColumn::Type::Boolean: {
        const QString lower = value.toLower();
        if (lower == u"yes"_s || lower == u"true"_s || lower == u"1"_s)
            return 1;
        if (lower == u"no"_s || lower == u"false"_s || lower == u"0"_s)
            return 0;
        throw RuleViolation(tr("The filter on “%1” is yes or no, not “%2”.").arg(key, text));
    }
    case ListColumn::Type::Code: {
        const QString code = value.toLower();
        if (!Vocabulary::isValid(column.vocabulary, code))
            throw RuleViolation(tr("“%1” is not a %2; use one of: %3.")
                                    .arg(text, Vocabulary::kindName(column.vocabulary),
                                         Vocabulary::codes(column.vocabulary).join(u", "_s)));
        return code;
    }
    case ListColumn::Type::Country: {
        const QString code = value.toUpper();
        if (!CountryCatalog::instance().isValid(code))
            throw RuleViolation(
                tr("“%1” is not a country code: use the two letters of ISO 3166-1 (PK, IN, RU, …).").arg(text));
        return code;
    }
    case ListColumn::Type::Phone: // as stored: E.164 when verified
    case ListColumn::Type::Text:
    case ListColumn::Type::Date:
        break;
    }
    return value;
}

QString SavedView::foldedName(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace AllianceDesk
