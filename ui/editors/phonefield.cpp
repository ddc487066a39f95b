#include "phonefield.h"

#include "domain/contactvalues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

QString PhoneField::problem(const QString &phone, const QString &country)
{
    const ContactVerdict verdict = ContactValues::phone(phone, country);
    if (verdict.accepted())
        return QString();
    return QCoreApplication::translate("PhoneField", "Phone: %1.").arg(verdict.reason);
}

QString PhoneField::toE164(const QString &phone, const QString &country)
{
    return ContactValues::phone(phone, country).stored;
}

} // namespace AllianceDesk
