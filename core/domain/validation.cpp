#include "validation.h"

#include "util/countrycatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk::Validation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
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

Verdict invalid(const QString &problem)
{
    return {Verdict::Kind::Invalid, {}, problem};
}

} // namespace

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

bool looksLikeEmailAddress(const QString &address)
{
    static const QRegularExpression pattern(u"^[^@\\s,;<>\"]+@(?:[^@\\s,;<>\".]+\\.)+[^@\\s,;<>\".]{2,}$"_s);
    return pattern.match(address).hasMatch();
}

Verdict phone(const QString &written, const QString &countryCode)
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
            return invalid(tr("“%1” is not a phone number (it has letters)").arg(trimmed));
    }
    if (std::none_of(number.begin(), number.end(), [](QChar c) { return c.isDigit(); }))
        return invalid(tr("“%1” is not a phone number (it has no digits)").arg(trimmed));
    if (const std::optional<QString> normal = e164(trimmed, countryCode))
        return {Verdict::Kind::Valid, *normal, {}};

    QString stored = trimmed;
    if (isE164Form(stored))
        stored.insert(1 + countryCodeLength(stored), u' ');
    const bool international = trimmed.startsWith(u'+') || trimmed.startsWith(u"00"_s);
    QString problem;
    if (!international && countryCode.isEmpty())
        problem = tr("“%1” has no country code (+…) and the record has no country, so it cannot be verified: kept as "
                     "written, marked unverified")
                      .arg(trimmed);
    else if (international)
        problem = tr("“%1” is not a number libphonenumber knows: kept as written, marked unverified").arg(trimmed);
    else
        problem = tr("“%1” is not a number libphonenumber knows for %2: kept as written, marked unverified")
                      .arg(trimmed, CountryCatalog::instance().name(countryCode));
    return {Verdict::Kind::Unverified, stored, problem};
}

Verdict email(const QString &written)
{
    const QString trimmed = written.trimmed();
    if (trimmed.isEmpty())
        return {};
    const qsizetype at = trimmed.indexOf(u'@');
    if (at <= 0 || at == trimmed.size() - 1)
        return invalid(tr("“%1” is not an email address (expected name@example.org)").arg(trimmed));
    if (looksLikeEmailAddress(trimmed))
        return {Verdict::Kind::Valid, trimmed, {}};
    return {Verdict::Kind::Unverified, trimmed,
            tr("“%1” does not look like one email address (name@example.org): kept as written, marked unverified")
                .arg(trimmed)};
}

Verdict isoDate(const QString &written)
{
    // Exactly as stored: a space around a stored date would make it sort and compare wrong.
    if (written.isEmpty())
        return {};
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    const QRegularExpressionMatch match = iso.match(written);
    if (!match.hasMatch())
        return invalid(tr("“%1” is not a date written YYYY-MM-DD").arg(written));
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return invalid(tr("“%1” is not a day of the calendar (no such month or day)").arg(written));
    return {Verdict::Kind::Valid, written, {}};
}

std::optional<QString> dateOrder(const QString &fromField, const QDate &from, const QString &toField, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || !(to < from))
        return std::nullopt;
    return tr("the %1 (%2) is before the %3 (%4)")
        .arg(toField, to.toString(Qt::ISODate), fromField, from.toString(Qt::ISODate));
}

std::optional<QString> requiredDate(const QString &field, const QDate &date)
{
    if (date.isValid())
        return std::nullopt;
    return tr("the %1 is required").arg(field);
}

Verdict code(Vocabulary::Kind kind, const QString &written)
{
    const QString expected = Vocabulary::codes(kind).join(u", "_s);
    if (written.isEmpty())
        return invalid(tr("the %1 is missing (expected one of: %2)").arg(Vocabulary::kindName(kind), expected));
    if (Vocabulary::isValid(kind, written))
        return {Verdict::Kind::Valid, written, {}};
    return invalid(
        tr("“%1” is not a known %2 (expected one of: %3)").arg(written, Vocabulary::kindName(kind), expected));
}

Verdict country(const QString &written)
{
    if (written.isEmpty())
        return {};
    if (CountryCatalog::instance().isValid(written))
        return {Verdict::Kind::Valid, written, {}};
    return invalid(
        tr("“%1” is not a country (expected a country’s name or its ISO 3166-1 country code, such as PK, IN or ZA)")
            .arg(written));
}

std::optional<QString> requiredText(const QString &field, const QString &value)
{
    if (!value.trimmed().isEmpty())
        return std::nullopt;
    return tr("the %1 is required").arg(field);
}

std::optional<QString> notNegative(const QString &field, std::optional<qint64> value)
{
    if (!value || *value >= 0)
        return std::nullopt;
    return tr("the %1 cannot be negative (%2)").arg(field).arg(*value);
}

QString sentence(const QString &problem)
{
    if (problem.isEmpty())
        return problem;
    QString result = problem;
    result[0] = result.at(0).toUpper();
    return result + u'.';
}

} // namespace AllianceDesk::Validation
