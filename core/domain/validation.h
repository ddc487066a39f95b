#pragma once

#include "domain/vocabulary.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace AllianceDesk {

/// What the rules make of one value, as typed in a form, read from a file or found stored in a database.
struct Verdict
{
    enum class Kind
    {
        Empty,
        Valid,      ///< stored in its normal form (E.164 for a phone, the code of a list, an ISO date)
        Unverified, ///< means something but cannot be verified: stored as written, and findable as unverified
        Invalid,    ///< cannot mean anything (letters in a phone, an email without @, 30 February): refused
    };
    Kind kind = Kind::Empty;
    QString stored;  ///< what to store (empty for Empty and Invalid)
    QString problem; ///< why it is refused or unverified, in words that quote the value (no full stop)

    bool accepted() const { return kind != Kind::Invalid; }
};

/**
 * The one set of rules for a field's value, whichever way it comes in: a form, an import row, a repository, or a
 * value another tool wrote into the file that `check` looks at. Each rule returns a Verdict whose problem says what
 * is wrong with the value in words a secretariat officer understands, without saying where; each way in adds the
 * where (the form's field, the file's line and column, the record and field `check` names), so the same value gets
 * the same words everywhere.
 *
 * Product rule for phones and emails: a value that can be verified is stored in its normal form; a value that means
 * something but cannot be verified — a number libphonenumber does not know (its metadata lags reality), an address
 * with an @ that does not look like name@example.org — is kept as written and marked unverified; only a value that
 * cannot mean anything is refused.
 */
namespace Validation {

/// A phone judged for the record's country (ISO alpha-2, may be empty). A number that cannot be verified but is
/// written as bare E.164 digits is stored with a space after its country code (+92 937123456), so that it is never
/// taken for a verified one.
Verdict phone(const QString &written, const QString &countryCode);
Verdict email(const QString &written);

/// True when @p stored has the form a verified phone is stored in: "+" and digits, perhaps ";ext=" and digits.
bool isE164Form(QStringView stored);
/// True when @p address looks like one address, name@example.org.
bool looksLikeEmailAddress(const QString &address);

/// A date as stored or written in ISO 8601 (YYYY-MM-DD, nothing around it), which must be a day of the calendar.
Verdict isoDate(const QString &written);
/// The problem when @p to precedes @p from ("the end date (2020-01-01) is before the start date (2021-03-01)");
/// none when either is missing. The field names are the record's own, in words ("start date").
std::optional<QString> dateOrder(const QString &fromField, const QDate &from, const QString &toField, const QDate &to);
/// The problem when @p date is missing.
std::optional<QString> requiredDate(const QString &field, const QDate &date);

/// A code of one of the closed lists (Vocabulary), stored as its code; an empty one is refused (a caller whose code
/// is optional asks only about a code that is there).
Verdict code(Vocabulary::Kind kind, const QString &written);
/// An ISO 3166-1 alpha-2 country code.
Verdict country(const QString &written);
/// The problem when @p value is empty or only spaces ("the name is required").
std::optional<QString> requiredText(const QString &field, const QString &value);
/// The problem when @p value is negative.
std::optional<QString> notNegative(const QString &field, std::optional<qint64> value);

/// "Problem." with its first letter capitalised, for a message on its own line.
QString sentence(const QString &problem);

} // namespace Validation

} // namespace AllianceDesk
