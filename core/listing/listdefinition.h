#pragma once

#include "domain/vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace AllianceDesk {

/// The lists a user can browse, search and export.
enum class ListKind
{
    Networks,
    Organisations,
    People,
    Memberships,
    SecretariatTerms,
    Programs,
    SupportGroups,
    Meetings,
    Events,
    Concerns,
};

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

    QString key;        ///< snake_case name in CSV headers and JSON
    const char *title;  ///< column header (QT_TRANSLATE_NOOP("ListDefinition", ...))
    QString expression; ///< SQL expression over the list's FROM clause
    Type type = Type::Text;
    Vocabulary::Kind vocabulary = Vocabulary::Kind::NetworkLevel; ///< only for Type::Code
    bool shownInTable = true; ///< ids of related records are exported but not shown as table columns
    /// What sorting by the column orders by, when not the column itself: a name's stored sort key (same order as
    /// the `ad_locale` collation, served by an index).
    QString sortExpression = {};
};

/// What one list shows and how it is queried. Column 0 is always the record's own id.
struct ListDefinition
{
    ListKind kind;
    QString name;      ///< command-line name ("support-groups")
    const char *title; ///< QT_TRANSLATE_NOOP("ListDefinition", ...)
    QString from;      ///< FROM clause (table and joins)
    QList<ListColumn> columns;
    QStringList searchExpressions; ///< text matched by the search field
    QString defaultOrder;          ///< ORDER BY expression when no column is sorted
    /// SQL condition true for a record with a value kept as written because it could not be verified (a phone number
    /// libphonenumber does not know): what the filter word "is:unverified" keeps. Empty: the list has none.
    QString unverified;

    int columnIndex(const QString &key) const;
    QString translatedTitle() const;
    static QString translatedColumnTitle(const ListColumn &column);
};

const ListDefinition &listDefinition(ListKind kind);
const QList<ListKind> &allListKinds();
std::optional<ListKind> listKindFromName(const QString &name);

} // namespace AllianceDesk
