#pragma once

#include <QString>
#include <QStringList>

namespace AllianceDesk {

/**
 * Stored phone numbers and email addresses as people read and find them. Whether a value is valid, and what is
 * stored for it, is the one rule of Validation::phone() and Validation::email(), whichever way the value came in.
 *
 * Unverified needs no mark of its own: a stored phone that is not in E.164 is unverified, and so is a stored email
 * that does not look like an address.
 */
class ContactValues
{
public:
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
