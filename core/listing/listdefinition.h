#pragma once

#include "domain/listkind.h"
#include "domain/vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace AllianceDesk {

struct ListColumn
{
    enum class Type
    {
        Id, ///< a record id (integer)
        Text,
        Integer,
        Boolean,
        Date,    ///< ISO 8601 text
        Country, ///< ISO 3166-1 alpha-2
        Code,    ///< a code of `vocabulary`
        Phone,   ///< a phone number: E.164 when verified, as written when not (ContactValues)
    };

    QString key;       ///< snake_case name in CSV headers and JSON
    const char *title; ///< column header (QT_TRANSLATE_NOOP("ListDefinition", ...))
    Type type = Type::Text;
    Vocabulary::Kind vocabulary = Vocabulary::Kind::NetworkLevel; ///< only for Type::Code
    bool shownInTable = true; ///< ids of related records are exported but not shown as table columns
};

/**
 * What one list shows: its columns, their types and titles. Column 0 is always the record's own id. How the list is
 * read — its tables, each column's expression, its search fields, its natural order — is storage's (ListStore).
 */
struct ListDefinition
{
    ListKind kind;
    QString name;      ///< command-line name ("support-groups")
    const char *title; ///< QT_TRANSLATE_NOOP("ListDefinition", ...)
    QList<ListColumn> columns;

    int columnIndex(const QString &key) const;
    QString translatedTitle() const;
    static QString translatedColumnTitle(const ListColumn &column);
};

const ListDefinition &listDefinition(ListKind kind);

} // namespace AllianceDesk
