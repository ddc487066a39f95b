#include "valuenormaliser.h"

#include "domain/contactvalues.h"

#include "util/countrycatalog.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

QString ValueNormaliser::text(const QString &value)
{
    const QString trimmed = value.trimmed();
    // Most values are already NFC; checking is much cheaper than normalising.
    bool ascii = true;
    for (const QChar c : trimmed) {
        if (c.unicode() >= 0x300) {
            ascii = false;
            break;
        }
    }
    return ascii ? trimmed : trimmed.normalized(QString::NormalizationForm_C);
}

std::optional<QString> ValueNormaliser::country(const QString &value)
{
    // A file names the same few countries over and over.
    thread_local QHash<QString, std::optional<QString>> cache;
    const auto cached = cache.constFind(value);
    if (cached != cache.constEnd())
        return *cached;
    const std::optional<QString> code = CountryCatalog::instance().lookup(value);
    if (cache.size() < 10000)
        cache.insert(value, code);
    return code;
}

ValueNormaliser::CountryReading ValueNormaliser::country(const QString &value, const QString &phone,
                                                         const QString &city)
{
    if (const std::optional<QString> code = country(value))
        return {*code, {}};
    const QStringList candidates = CountryCatalog::instance().candidates(value);
    if (candidates.size() < 2)
        return {};
    // Each piece of evidence narrows the candidates; a piece that fits none of them (or contradicts another) leaves
    // the question open.
    QStringList remaining = candidates;
    const auto narrow = [&remaining](const QStringList &countries) {
        if (countries.isEmpty())
            return;
        QStringList kept;
        for (const QString &code : std::as_const(remaining)) {
            if (countries.contains(code))
                kept << code;
        }
        remaining = kept;
    };
    if (!phone.trimmed().isEmpty())
        narrow(ContactValues::phoneCountries(phone));
    if (!city.trimmed().isEmpty())
        narrow(CountryCatalog::instance().countriesOfCity(city));
    if (remaining.size() == 1)
        return {remaining.first(), {}};
    return {{}, candidates};
}

ValueNormaliser::DateReading ValueNormaliser::date(const QString &value, DateOrder order)
{
    DateReading reading;
    static const QRegularExpression iso(u"^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?$"_s);
    static const QRegularExpression local(u"^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?: .*)?$"_s);
    const QString trimmed = value.trimmed();
    if (const auto match = iso.match(trimmed); match.hasMatch()) {
        reading.date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        reading.valid = reading.date.isValid();
        return reading;
    }
    const auto match = local.match(trimmed);
    if (!match.hasMatch())
        return reading;
    const int first = match.captured(1).toInt();
    const int second = match.captured(2).toInt();
    const int year = match.captured(3).toInt();
    const QDate dayFirst(year, second, first);
    const QDate monthFirst(year, first, second);
    if (dayFirst.isValid() && monthFirst.isValid() && dayFirst != monthFirst) {
        reading.ambiguous = true;
        if (order == DateOrder::DayMonth)
            reading.date = dayFirst;
        else if (order == DateOrder::MonthDay)
            reading.date = monthFirst;
        reading.valid = reading.date.isValid();
        return reading;
    }
    reading.dayFirst = dayFirst.isValid() && !monthFirst.isValid();
    reading.monthFirst = monthFirst.isValid() && !dayFirst.isValid();
    reading.date = dayFirst.isValid() ? dayFirst : monthFirst;
    // A date that only reads one way contradicts a file whose order is known to be the other.
    if ((order == DateOrder::DayMonth && reading.monthFirst) || (order == DateOrder::MonthDay && reading.dayFirst))
        reading.date = QDate();
    reading.valid = reading.date.isValid();
    return reading;
}

QString ValueNormaliser::matchKey(const QString &name)
{
    return CountryCatalog::lookupKey(name);
}

} // namespace AllianceDesk
