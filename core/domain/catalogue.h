#pragma once

#include "domain/listkind.h"
#include "domain/vocabulary.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace AllianceDesk {

/// Every kind of record the alliance's database keeps (one table each).
enum class RecordKind
{
    Network,
    Organisation,
    Person,
    Affiliation,
    Membership,
    MembershipStatusChange,
    SecretariatTerm,
    Program,
    ReachReport,
    ProgramPlace,
    SupportGroup,
    Meeting,
    Participant,
    Event,
    EventParticipant,
    Concern,
};

/// What a field holds, and so how it is edited, checked, shown, imported and exported.
enum class FieldType
{
    Text,      ///< one line
    LongText,  ///< paragraphs (notes, descriptions)
    Integer,   ///< a count, never negative
    Boolean,   ///< 0 or 1
    Date,      ///< ISO 8601 (yyyy-MM-dd)
    Country,   ///< ISO 3166-1 alpha-2
    Code,      ///< a code of the field's vocabulary
    Email,     ///< name@domain
    Phone,     ///< checked against the record's country by libphonenumber
    Url,       ///< a web address
    Reference, ///< the id of another record (FieldDescription::references)
};

enum class FieldFlag : unsigned
{
    Required = 1 << 0,   ///< a record cannot be saved without it (NOT NULL in the schema)
    Protected = 1 << 1,  ///< only coordinators may read it; its values never enter the audit trail or an export
    Searchable = 1 << 2, ///< global search and a list's search field look at it
    Listed = 1 << 3,     ///< a column of the record kind's list (and so of its export)
    Importable = 1 << 4, ///< a column of an imported file can fill it
    NameGiving = 1 << 5, ///< the record's name in messages, the audit trail and the undo history
};
Q_DECLARE_FLAGS(FieldFlags, FieldFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(FieldFlags)

/// One column of a record kind's table, as users and every part of the program know it.
struct FieldDescription
{
    QString column;    ///< the table's column, also the field's key in CSV headers, JSON and --map
    const char *label; ///< QT_TRANSLATE_NOOP("Catalogue", ...): form label and list/export header
    FieldType type = FieldType::Text;
    FieldFlags flags = {};
    std::optional<Vocabulary::Kind> vocabulary = std::nullopt; ///< for FieldType::Code
    std::optional<RecordKind> references = std::nullopt;       ///< for FieldType::Reference

    bool is(FieldFlag flag) const { return flags.testFlag(flag); }
    /// The label in the interface's language.
    QString translatedLabel() const;
};

/**
 * How a record without a name column of its own is named: @p format ("%1 in %2") filled with the names of the records
 * that @p parts (reference columns, or own columns) point to.
 */
struct RecordNaming
{
    const char *format = nullptr; ///< QT_TRANSLATE_NOOP("Catalogue", ...); null: the record's NameGiving field
    QStringList parts;
    bool anonymous = false; ///< never named (participants are protected; a concern's subject is for coordinators)
};

/// A field that holds a set of values, kept in a table of its own (an organisation's focus areas).
struct SetDescription
{
    QString table;       ///< organisation_focus_areas
    QString ownerColumn; ///< organisation_id
    QString valueColumn; ///< focus_area, also the field's key in CSV headers and JSON
    const char *label;   ///< QT_TRANSLATE_NOOP("Catalogue", ...)
    std::optional<Vocabulary::Kind> vocabulary = std::nullopt; ///< null: free text
    bool ordered = false;           ///< kept in the user's order (a position column), not sorted
    const char *singular = nullptr; ///< one row, in running text ("program partnership"); null: the label
    const char *plural = nullptr;

    QString translatedSingular() const;
    QString translatedPlural() const;

    QString translatedLabel() const;
};

/// One record kind: its table, its fields in the order forms and lists show them, and its names.
struct EntityDescription
{
    RecordKind kind;
    QString table;
    const char *singular; ///< QT_TRANSLATE_NOOP("Catalogue", ...): "organisation", in running text
    const char *plural;   ///< "organisations"
    const char *title;    ///< "Organisation", at the start of a sentence or as a heading
    QList<FieldDescription> fields;
    QList<SetDescription> sets = {};
    RecordNaming naming = {};
    bool versioned = false; ///< has row_version (a save detects someone else's change)
    bool sampled = false;   ///< has is_sample (the sample alliance's records can be removed as a whole)
    bool sortKeyed = false; ///< keeps its name's collation key (sort_key) for lists in the locale's order

    const FieldDescription *field(QStringView column) const;
    /// The NameGiving field's column, or empty.
    QString nameColumn() const;
    QList<const FieldDescription *> fieldsWith(FieldFlag flag) const;
    QString translatedSingular() const;
    QString translatedPlural() const;
    QString translatedTitle() const;
};

/**
 * The one description of every record kind. Repositories, lists, the search index, the import's field map, the audit
 * trail's redaction, record names and the schema's CHECK lists follow it; adding a descriptive field to a record
 * kind is an entry here, a migration and a place in the form's layout.
 */
namespace Catalogue {

const QList<EntityDescription> &entities();
const EntityDescription &entity(RecordKind kind);
/// The record kind a list shows (the memberships list: memberships).
const EntityDescription &forList(ListKind kind);
/// The record kind whose set @p table is (organisation_focus_areas: the organisation), or null.
const EntityDescription *ownerOfSet(QStringView table);
/// The record kind kept in @p table, or null for the program's own tables (audit log, search index...).
const EntityDescription *forTable(QStringView table);
/// Whether @p column of @p table is protected (false for tables and columns the catalogue does not know).
bool isProtected(QStringView table, QStringView column);

} // namespace Catalogue

} // namespace AllianceDesk
