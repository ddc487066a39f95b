#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace AllianceDesk::Dates {

/**
 * The one format dates are shown in — lists, the detail pane, the forms' tables and messages: the locale's short
 * date with the year written in full ("5/3/2018" in en_US, "03.05.2018" in ru_RU, "3 May 2018" in the C locale), so
 * that no date is shown two ways and no year is cut to two digits.
 */
QString displayFormat(const QLocale &locale = QLocale());
/// @p date in displayFormat(); empty when invalid.
QString display(const QDate &date, const QLocale &locale = QLocale());
/// A date stored as ISO 8601 text, in displayFormat(); a text that is not a date is shown as it is stored.
QString display(const QString &isoDate, const QLocale &locale = QLocale());

} // namespace AllianceDesk::Dates
