#include "phonefield.h"

#include "import/valuenormaliser.h"
#include "util/countrycatalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PhoneField", text);
}

/// The digits of @p phone after a leading "+" or "00"; empty when it has other characters than separators.
QString internationalDigits(const QString &phone, bool *international)
{
    QString trimmed = phone.trimmed();
    *international = false;
    if (trimmed.startsWith(u'+')) {
        *international = true;
        trimmed.remove(0, 1);
    } else if (trimmed.startsWith(u"00"_s)) {
        *international = true;
        trimmed.remove(0, 2);
    }
    QString digits;
    for (const QChar c : std::as_const(trimmed)) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue()); // also Eastern Arabic and Devanagari digits
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')' && c != u'/')
            return QString();
    }
    return digits;
}

} // namespace

QString PhoneField::problem(const QString &phone, const QString &country)
{
    if (phone.trimmed().isEmpty())
        return QString();
    bool international = false;
    const QString digits = internationalDigits(phone, &international);
    if (digits.isEmpty())
        return tr("The phone number may contain only digits, spaces, dashes, dots and brackets.");
    if (!international && country.isEmpty())
        return tr("Write the phone number with its country code, starting with + (for example +92 51 2345678), or "
                  "choose the country first.");
    // libphonenumber knows each country's numbering plan.
    if (!ValueNormaliser::phone(phone, country)) {
        return international ? tr("“%1” is not a valid phone number.").arg(phone.trimmed())
                             : tr("“%1” is not a valid phone number in %2.")
                                   .arg(phone.trimmed(), CountryCatalog::instance().displayName(country));
    }
    return QString();
}

QString PhoneField::toE164(const QString &phone, const QString &country)
{
    if (phone.trimmed().isEmpty())
        return QString();
    return ValueNormaliser::phone(phone, country).value_or(phone.trimmed());
}

} // namespace AllianceDesk
