#pragma once

#include <QString>
#include <QStringList>

namespace AllianceDesk {

struct ReportContext;

/**
 * The member directory: every organisation of the alliance, or the current members of one network (and the
 * networks under it), grouped by country, with the columns the user chose.
 */
class MemberDirectoryReport
{
public:
    static void build(ReportContext &context);

    /// Every column key, in their usual order.
    static QStringList availableColumns();
    static QStringList defaultColumns();
    static QString columnTitle(const QString &key);
};

} // namespace AllianceDesk
