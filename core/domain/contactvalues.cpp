#include "contactvalues.h"

#include "util/countrycatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <list>
#include <optional>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactValues", text);
}

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

/// E.164 ("+923001234567", an extension as ";ext=12"), or nullopt when libphonenumber does not know the number.
std::optional<QString> parseE164(const QString &value, const QString &countryCode)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    QString input = value.trimmed();
    if (input.startsWith(u"00"_s))
        input = u'+' + input.mid(2);
    const std::string region = input.startsWith(u'+') ? std::string("ZZ") : countryCode.toStdString();
    if (region.empty())
        return std::nullopt;
    PhoneNumber number;
    if (util->Parse(input.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    if (!util->IsValidNumber(number))
        return std::nullopt;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    // E.164 has no extensions; an office's "Ext. 12" is kept the way RFC 3966 writes it, which parses back the same.
    if (number.has_extension() && !number.extension().empty())
        formatted += ";ext=" + number.extension();
    return QString::fromStdString(formatted);
}

/// parseE164() through a cache: libphonenumber costs ~190,000 instructions a number, and files repeat numbers.
std::optional<QString> e164(const QString &value, const QString &countryCode)
{
    thread_local QHash<QString, std::optional<QString>> cache;
    const QString cacheKey = countryCode + u'|' + value;
    if (const auto cached = cache.constFind(cacheKey); cached != cache.constEnd())
        return *cached;
    const std::optional<QString> result = parseE164(value, countryCode);
    if (cache.size() >= 10000)
        cache.clear();
    cache.insert(cacheKey, result);
    return result;
}

/// "+" and 2 to 15 digits, the first not 0, then perhaps ";ext=" and digits: the form a verified number is stored in.
bool isE164Form(QStringView value)
{
    const qsizetype extension = value.indexOf(u";ext="_s);
    const QStringView number = extension < 0 ? value : value.first(extension);
    if (number.size() < 3 || number.size() > 16 || number.at(0) != u'+' || number.at(1) == u'0')
        return false;
    const auto digits = [](QStringView text) {
        return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    return digits(number.sliced(1)) && (extension < 0 || digits(value.sliced(extension + 5)));
}

/// How many digits of an E.164-like "+…" number its country calling code takes (1 to 3).
int countryCodeLength(const QString &number)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    for (int length = 1; length <= 3 && length + 1 < number.size(); ++length) {
        std::string region;
        util->GetRegionCodeForCountryCode(number.mid(1, length).toInt(), &region);
        if (region != "ZZ")
            return length;
    }
    return 3;
}

} // namespace

ContactVerdict ContactValues::phone(const QString &written, const QString &countryCode)
{
    const QString trimmed = written.trimmed();
    if (trimmed.isEmpty())
        return {};
    // An extension is written with letters ("ext. 12", "x12", "доб. 12"); any other letter makes it no number. The
    // pattern runs only on numbers with letters: the import judges every phone of a file.
    const auto isLetter = [](QChar c) { return c.isLetter(); };
    QStringView number = trimmed;
    if (std::any_of(number.begin(), number.end(), isLetter)) {
        static const QRegularExpression extension(
            u"[;,]?\\s*(?:ext\\.?|extension|ext=|x|#|доб\\.?|poste)\\s*\\d{1,7}$"_s,
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = extension.match(trimmed);
        if (match.hasMatch())
            number = number.first(match.capturedStart());
        if (std::any_of(number.begin(), number.end(), isLetter))
            return {ContactVerdict::Kind::Invalid, {}, tr("“%1” is not a phone number (it has letters)").arg(trimmed)};
    }
    if (std::none_of(number.begin(), number.end(), [](QChar c) { return c.isDigit(); }))
        return {ContactVerdict::Kind::Invalid, {}, tr("“%1” is not a phone number (it has no digits)").arg(trimmed)};
    if (const std::optional<QString> normal = e164(trimmed, countryCode))
        return {ContactVerdict::Kind::Verified, *normal, {}};

    QString stored = trimmed;
    if (isE164Form(stored))
        stored.insert(1 + countryCodeLength(stored), u' ');
    const bool international = trimmed.startsWith(u'+') || trimmed.startsWith(u"00"_s);
    QString reason;
    if (!international && countryCode.isEmpty())
        reason = tr("“%1” has no country code (+…) and the record has no country, so it cannot be verified: kept as "
                    "written, marked unverified")
                     .arg(trimmed);
    else if (international)
        reason = tr("“%1” is not a number libphonenumber knows: kept as written, marked unverified").arg(trimmed);
    else
        reason = tr("“%1” is not a number libphonenumber knows for %2: kept as written, marked unverified")
                     .arg(trimmed, CountryCatalog::instance().name(countryCode));
    return {ContactVerdict::Kind::Unverified, stored, reason};
}

ContactVerdict ContactValues::email(const QString &written)
{
    const QString trimmed = written.trimmed();
    if (trimmed.isEmpty())
        return {};
    const qsizetype at = trimmed.indexOf(u'@');
    if (at <= 0 || at == trimmed.size() - 1)
        return {ContactVerdict::Kind::Invalid,
                {},
                tr("“%1” is not an email address (expected name@example.org)").arg(trimmed)};
    if (!isUnverifiedEmail(trimmed))
        return {ContactVerdict::Kind::Verified, trimmed, {}};
    return {ContactVerdict::Kind::Unverified, trimmed,
            tr("“%1” does not look like one email address (name@example.org): kept as written, marked unverified")
                .arg(trimmed)};
}

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
    return !stored.isEmpty() && !isE164Form(stored);
}

bool ContactValues::isUnverifiedEmail(const QString &stored)
{
    static const QRegularExpression address(u"^[^@\\s,;<>\"]+@(?:[^@\\s,;<>\".]+\\.)+[^@\\s,;<>\".]{2,}$"_s);
    return !stored.isEmpty() && !address.match(stored).hasMatch();
}

QString ContactValues::unverifiedFilterWord()
{
    return u"is:unverified"_s;
}

} // namespace AllianceDesk
