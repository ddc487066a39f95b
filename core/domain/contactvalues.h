#pragma once

#include <QString>
#include <QStringList>

namespace AllianceDesk {

/// What the rules make of a phone number or an email address as typed or imported.
struct ContactVerdict
{
    enum class Kind
    {
        Empty,
        Verified,   ///< stored in its normal form (E.164 for a phone)
        Unverified, ///< means something but cannot be verified: stored as written, and findable as unverified
        Invalid,    ///< cannot mean anything (letters in a phone, an email without @): refused
    };
    Kind kind = Kind::Empty;
    QString stored; ///< what to store (empty for Empty and Invalid)
    QString reason; ///< why it is unverified or refused, in words that quote the value

    bool accepted() const { return kind != Kind::Invalid; }
};

/**
 * The one rule for phone numbers and email addresses, whichever way they come in (a form, an import, `check`):
 * a value that can be verified is stored in its normal form; a value that means something but cannot be verified —
 * a number libphonenumber does not know (its metadata lags reality), an address with an @ that does not look like
 * name@example.org — is kept as written and marked unverified; only a value that cannot mean anything is refused.
 *
 * Unverified needs no mark of its own: a stored phone that is not in E.164 is unverified, and so is a stored email
 * that does not look like an address. A number that cannot be verified but is written as bare E.164 digits is
 * stored with a space after its country code (+92 937123456), so that it is never taken for a verified one.
 */
class ContactValues
{
public:
    /// Judges @p written for the record's country (ISO alpha-2, may be empty).
    static ContactVerdict phone(const QString &written, const QString &countryCode);
    static ContactVerdict email(const QString &written);

    /// A stored phone as people read it: a verified one in libphonenumber's international format
    /// ("+92 58 1155 0105", an extension as " ext. 12"); one kept as written, as written.
    static QString displayPhone(const QString &stored);
    /// The countries an international number's calling code belongs to (+242: CG; +1: US, CA and others); none when
    /// it is written without one.
    static QStringList phoneCountries(const QString &written);

    /// True when a stored phone was kept as written (it is not in E.164: "+923001234567", or with ";ext=12").
    static bool isUnverifiedPhone(const QString &stored);
    /// True when a stored email does not look like name@example.org (it was kept as written).
    static bool isUnverifiedEmail(const QString &stored);
    /// The word that finds the records with an unverified value in a list's filter ("is:unverified").
    static QString unverifiedFilterWord();
};

} // namespace AllianceDesk
