#include "dates.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk::Dates {

QString displayFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QString display(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, displayFormat(locale)) : QString();
}

QString display(const QString &isoDate, const QLocale &locale)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? display(date, locale) : isoDate;
}

} // namespace AllianceDesk::Dates
