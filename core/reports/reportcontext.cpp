#include "reportcontext.h"

#include "util/countrycatalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

QString ReportContext::countryName(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("ReportContext", "No country recorded");
    return CountryCatalog::instance().displayName(code);
}

QString ReportContext::optionalNumber(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

QString ReportContext::date(const QString &iso, const QString &precision)
{
    if (precision == u"month"_s)
        return iso.left(7);
    if (precision == u"year"_s)
        return iso.left(4);
    return iso;
}

} // namespace AllianceDesk
