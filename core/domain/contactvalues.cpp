#include "contactvalues.h"

#include "validation.h"

#include <phonenumbers/phonenumberutil.h>

#include <list>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QString ContactValues::displayPhone(const QString &stored)
{
    // Only a verified number (E.164) is reformatted; one kept as written is shown as written.
    if (stored.isEmpty() || isUnverifiedPhone(stored))
        return stored;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(stored.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return stored;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QStringList ContactValues::phoneCountries(const QString &written)
{
    QString input = written.trimmed();
    if (input.startsWith(u"00"_s))
        input = u'+' + input.mid(2);
    if (!input.startsWith(u'+'))
        return {};
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(input.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::list<std::string> regions;
    util->GetRegionCodesForCountryCallingCode(number.country_code(), &regions);
    QStringList countries;
    for (const std::string &region : regions) {
        if (region != "001") // non-geographic numbers (satellite, international services)
            countries << QString::fromStdString(region);
    }
    return countries;
}

bool ContactValues::isUnverifiedPhone(const QString &stored)
{
    return !stored.isEmpty() && !Validation::isE164Form(stored);
}

bool ContactValues::isUnverifiedEmail(const QString &stored)
{
    return !stored.isEmpty() && !Validation::looksLikeEmailAddress(stored);
}

QString ContactValues::unverifiedFilterWord()
{
    return u"is:unverified"_s;
}

} // namespace AllianceDesk
