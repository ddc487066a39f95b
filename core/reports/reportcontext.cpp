#include "reportcontext.h"

#include "util/countrycatalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

QString ReportContext::networkCondition(const QString &column) const
{
    if (!networkId)
        return u"1"_s;
    return u"%1 IN (WITH RECURSIVE scope(id) AS (SELECT %2 UNION SELECT n.id FROM networks n JOIN scope "
           "ON n.parent_id = scope.id) SELECT id FROM scope)"_s.arg(column)
               .arg(*networkId);
}

QString ReportContext::countryName(const QVariant &code)
{
    if (code.isNull() || code.toString().isEmpty())
        return QCoreApplication::translate("ReportContext", "No country recorded");
    return CountryCatalog::instance().displayName(code.toString());
}

QString ReportContext::optionalNumber(const QVariant &value)
{
    return value.isNull() ? QString() : QString::number(value.toLongLong());
}

QString ReportContext::date(const QVariant &iso, const QString &precision)
{
    const QString text = iso.toString();
    if (precision == u"month"_s)
        return text.left(7);
    if (precision == u"year"_s)
        return text.left(4);
    return text;
}

} // namespace AllianceDesk
