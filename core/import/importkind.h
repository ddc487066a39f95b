#pragma once

#include <QString>

#include <optional>

namespace AllianceDesk {

/// What a file is imported as.
enum class ImportKind
{
    Organisations,
    People,
    Meetings,
    Participants,
};

/// The name used on the command line and in the batch table ("organisations").
QString importKindName(ImportKind kind);
std::optional<ImportKind> importKindFromName(const QString &name);

/// What happens to a row that matches a record already in the database or an earlier row of the file.
enum class DuplicatePolicy
{
    Skip,   ///< keep the existing record as it is
    Update, ///< fill in the existing record with the row's values
    Create, ///< create another record anyway
};

QString duplicatePolicyName(DuplicatePolicy policy);
std::optional<DuplicatePolicy> duplicatePolicyFromName(const QString &name);

/// How dd/mm and mm/dd dates of a file are read.
enum class DateOrder
{
    Auto,     ///< from the file's unambiguous dates; ambiguous ones are rejected when the file never tells
    DayMonth, ///< dd/mm/yyyy
    MonthDay, ///< mm/dd/yyyy
};

} // namespace AllianceDesk
