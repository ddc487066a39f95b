#include "phonefield.h"

#include "domain/validation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

QString PhoneField::problem(const QString &phone, const QString &country)
{
    const Verdict verdict = Validation::phone(phone, country);
    if (verdict.accepted())
        return QString();
    return QCoreApplication::translate("PhoneField", "Phone: %1.").arg(verdict.problem);
}

QString PhoneField::toE164(const QString &phone, const QString &country)
{
    return Validation::phone(phone, country).stored;
}

} // namespace AllianceDesk
