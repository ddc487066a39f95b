#pragma once

#include <QString>

namespace AllianceDesk {

/**
 * Checks and normalises the phone numbers typed in forms. Stored form: E.164 ("+923001234567").
 *
 * For now a syntax check only (country calling code, 7 to 15 digits): core has no libphonenumber wrapper yet;
 * once it has, problem() and toE164() call it with the record's country.
 */
class PhoneField
{
public:
    /// Why @p phone cannot be stored, in words; empty when it is acceptable (or empty).
    static QString problem(const QString &phone, const QString &country);
    /// @p phone in E.164, or @p phone unchanged when it is not acceptable.
    static QString toE164(const QString &phone, const QString &country);
};

} // namespace AllianceDesk
