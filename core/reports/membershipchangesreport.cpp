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
    const QList<QVariantList> rows = context.data.rows(
        u"SELECT c.effective_date, o.name, n.name, c.status, EXISTS (SELECT 1 FROM membership_status_changes e "
        "WHERE e.membership_id = c.membership_id AND e.status = 'active' AND (e.effective_date < c.effective_date "
        "OR (e.effective_date = c.effective_date AND e.id < c.id))), c.reason FROM membership_status_changes c "
        "JOIN memberships m ON m.id = c.membership_id JOIN organisations o ON o.id = m.organisation_id "
        "JOIN networks n ON n.id = m.network_id WHERE "_s +
            context.networkCondition(u"m.network_id"_s) +
            u" AND (:from IS NULL OR c.effective_date >= :from) AND (:to IS NULL OR c.effective_date <= :to) "
            "AND (:country IS NULL OR o.country = :country) ORDER BY c.effective_date, o.sort_key, c.id"_s,
        {{u":from"_s, context.from()}, {u":to"_s, context.to()}, {u":country"_s, context.country()}});

    qint64 counts[ChangeCount] = {};
    ReportTable details;
    details.columns = {Column{tr("Date"), 1.3, false}, Column{tr("Organisation"), 3.2, false},
                       Column{tr("Network"), 2.6, false}, Column{tr("Change"), 1.3, false},
                       Column{tr("Reason"), 3.4, false}};
    for (const QVariantList &row : rows) {
        const Change change = classify(row.at(3).toString(), row.at(4).toBool());
        ++counts[change];
        details.addRow({row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                        QCoreApplication::translate("MembershipChangesReport", changeNames[change]),
                        row.at(5).toString()});
    }

    context.document.addHeading(tr("Summary"));
    ReportTable summary;
    summary.columns = {Column{tr("Change"), 3, false}, Column{tr("Memberships"), 1, true}};
    for (int change = 0; change < ChangeCount; ++change) {
        summary.addRow({QCoreApplication::translate("MembershipChangesReport", changeNames[change]),
                        QString::number(counts[change])});
    }
    summary.addTotal({tr("Total"), QString::number(rows.size())});
    context.document.addTable(std::move(summary));

    context.document.addHeading(tr("Changes in date order"));
    if (rows.isEmpty())
        context.document.addParagraph(tr("No membership changed in this period."));
    else
        context.document.addTable(std::move(details));
}

} // namespace AllianceDesk
