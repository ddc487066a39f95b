#pragma once

#include <QString>

namespace AllianceDesk {

/**
 * Phone numbers typed in forms, judged by the rule every way in applies (Validation::phone): a number
 * libphonenumber knows is stored in E.164 ("+923001234567"); one it does not know is kept as written and is
 * unverified (found by the list filter word "is:unverified" and by `check`); only text that cannot be a number
 * (letters, no digits) is refused.
 */
class PhoneField
{
public:
    /// Why @p phone cannot be stored, in words; empty when it can (or is empty).
    static QString problem(const QString &phone, const QString &country);
    /// What to store for @p phone: E.164, or the number as written when it cannot be verified.
    static QString toE164(const QString &phone, const QString &country);
};

} // namespace AllianceDesk
