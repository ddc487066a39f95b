#include "membershipchangesreport.h"

#include "reportcontext.h"

#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QMap>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("MembershipChangesReport", text, nullptr, n);
}

using Column = ReportTable::Column;

enum Change
{
    Applied,
    Joined,
    Reinstated,
    Suspended,
    Lapsed,
    Withdrawn,
    ChangeCount
};

const char *const changeNames[] = {
    QT_TRANSLATE_NOOP("MembershipChangesReport", "Applied"),
    QT_TRANSLATE_NOOP("MembershipChangesReport", "Joined"),
    QT_TRANSLATE_NOOP("MembershipChangesReport", "Reinstated"),
    QT_TRANSLATE_NOOP("MembershipChangesReport", "Suspended"),
    QT_TRANSLATE_NOOP("MembershipChangesReport", "Lapsed"),
    QT_TRANSLATE_NOOP("MembershipChangesReport", "Withdrew"),
};

Change classify(const QString &status, bool wasActiveBefore)
{
    if (status == u"active"_s)
        return wasActiveBefore ? Reinstated : Joined;
    if (status == u"suspended"_s)
        return Suspended;
    if (status == u"lapsed"_s)
        return Lapsed;
    if (status == u"withdrawn"_s)
        return Withdrawn;
    return Applied;
}

} // namespace

void MembershipChangesReport::build(ReportContext &context)
{
    const QList<MembershipChange> changes = context.store.membershipChanges(context.scope());

    qint64 counts[ChangeCount] = {};
    ReportTable details;
    details.columns = {Column{tr("Date"), 1.3, false}, Column{tr("Organisation"), 3.2, false},
                       Column{tr("Network"), 2.6, false}, Column{tr("Change"), 1.3, false},
                       Column{tr("Reason"), 3.4, false}};
    for (const MembershipChange &row : changes) {
        const Change change = classify(row.status, row.wasActiveBefore);
        ++counts[change];
        details.addRow({row.date, row.organisation, row.network,
                        QCoreApplication::translate("MembershipChangesReport", changeNames[change]), row.reason});
    }

    context.document.addHeading(tr("Summary"));
    ReportTable summary;
    summary.columns = {Column{tr("Change"), 3, false}, Column{tr("Memberships"), 1, true}};
    for (int change = 0; change < ChangeCount; ++change) {
        summary.addRow({QCoreApplication::translate("MembershipChangesReport", changeNames[change]),
                        QString::number(counts[change])});
    }
    summary.addTotal({tr("Total"), QString::number(changes.size())});
    context.document.addTable(std::move(summary));

    context.document.addHeading(tr("Changes in date order"));
    if (changes.isEmpty())
        context.document.addParagraph(tr("No membership changed in this period."));
    else
        context.document.addTable(std::move(details));
}

} // namespace AllianceDesk
