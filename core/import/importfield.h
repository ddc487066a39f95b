#pragma once

#include "importkind.h"

#include <QList>
#include <QString>

#include <optional>

namespace AllianceDesk {

/// A field a column of an imported file can fill.
enum class ImportField
{
    Name,
    FirstName,
    LastName,
    NativeName,
    Acronym,
    Type,
    Country,
    Province,
    City,
    Website,
    Email,
    Phone,
    Notes,
    FocusAreas,
    MembershipStatus,
    Joined,
    MembershipRole,
    Organisation,
    Title,
    Role,
    Languages,
    SupportGroup,
    Date,
    Topic,
    Attendance,
    Event,
};
inline constexpr int importFieldCount = int(ImportField::Event) + 1;

/// The fields of each kind of import, their codes (used by --map and presets) and labels.
class ImportFields
{
public:
    static QList<ImportField> forKind(ImportKind kind);
    /// "name", "country", "membership_status", ...
    static QString code(ImportField field);
    static std::optional<ImportField> fromCode(const QString &code);
    /// The label in the UI language.
    static QString label(ImportField field);
    /// Fields a row cannot do without.
    static bool isRequired(ImportKind kind, ImportField field);
};

} // namespace AllianceDesk
