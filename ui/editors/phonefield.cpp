#include "phonefield.h"

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
    Q_UNUSED(country)
    if (phone.trimmed().isEmpty())
        return QString();
    bool international = false;
    const QString digits = internationalDigits(phone, &international);
    if (digits.isEmpty())
        return tr("The phone number may contain only digits, spaces, dashes, dots and brackets.");
    if (!international)
        return tr("Write the phone number with its country code, starting with + (for example +92 51 1234567).");
    if (digits.size() < 7 || digits.size() > 15 || digits.startsWith(u'0'))
        return tr("The phone number is not a valid international number: after + come 7 to 15 digits, the "
                  "first not 0.");
    return QString();
}

QString PhoneField::toE164(const QString &phone, const QString &country)
{
    if (phone.trimmed().isEmpty() || !problem(phone, country).isEmpty())
        return phone.trimmed();
    bool international = false;
    return u"+"_s + internationalDigits(phone, &international);
}

} // namespace AllianceDesk
