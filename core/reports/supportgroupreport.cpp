#include "supportgroupreport.h"

#include "reportcontext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("SupportGroupReport", text, nullptr, n);
}

using Column = ReportTable::Column;

/// Small counts could point at a person: below 5 they are shown as "<5".
QString suppressed(qint64 count)
{
    return count < 5 ? u"<5"_s : QString::number(count);
}

} // namespace

void SupportGroupReport::build(ReportContext &context)
{
    const QString groupScope =
        context.networkCondition(u"p.network_id"_s) + u" AND (:country IS NULL OR g.country = :country)"_s;
    const QString meetingPeriod = u"(:from IS NULL OR mt.meeting_date >= :from) AND "
                                  "(:to IS NULL OR mt.meeting_date <= :to)"_s;
    const QList<QVariantList> rows = context.data.rows(
        u"SELECT coalesce(g.province, ''), coalesce(g.district, ''), count(*), "
        "sum(g.status = 'active'), "
        "sum((SELECT count(*) FROM meetings mt WHERE mt.support_group_id = g.id AND "_s +
            meetingPeriod +
            u")), sum((SELECT coalesce(sum(mt.attendance), 0) FROM meetings mt WHERE mt.support_group_id = g.id AND "_s +
            meetingPeriod +
            u")), sum((SELECT count(*) FROM participants pt WHERE pt.support_group_id = g.id)) "
            "FROM support_groups g JOIN programs p ON p.id = g.program_id WHERE "_s +
            groupScope + u" GROUP BY 1, 2 ORDER BY 1, 2"_s,
        {{u":country"_s, context.country()}, {u":from"_s, context.from()}, {u":to"_s, context.to()}});

    qint64 groups = 0;
    qint64 active = 0;
    qint64 meetings = 0;
    qint64 attendance = 0;
    qint64 participants = 0;
    for (const QVariantList &row : rows) {
        groups += row.at(2).toLongLong();
        active += row.at(3).toLongLong();
        meetings += row.at(4).toLongLong();
        attendance += row.at(5).toLongLong();
        participants += row.at(6).toLongLong();
    }
    context.document.addParagraph(
        tr("%1 support groups in %2 districts; %3 meetings in the period with a total attendance of %4.")
            .arg(suppressed(groups), suppressed(rows.size()), suppressed(meetings), suppressed(attendance)));
    context.document.addParagraph(
        context.parameters.includeProtected
            ? tr("At the request of the person who made it, this report lists participants' codes and identities "
                 "after the counts: keep it confidential, and destroy it when it has served its purpose.")
            : tr("Only aggregate counts are shown, and counts below 5 are shown as “<5”, so that no participant can "
                 "be recognised."));

    context.document.addHeading(tr("Groups by district"));
    ReportTable table;
    table.columns = {Column{tr("District"), 3, false},       Column{tr("Groups"), 1, true},
                     Column{tr("Active groups"), 1.2, true}, Column{tr("Meetings"), 1.1, true},
                     Column{tr("Attendance"), 1.2, true},    Column{tr("Participants"), 1.3, true}};
    QString province = u"\u0001"_s;
    for (const QVariantList &row : rows) {
        if (row.at(0).toString() != province) {
            province = row.at(0).toString();
            table.addGroup(province.isEmpty() ? tr("Province not recorded") : province);
        }
        table.addRow({row.at(1).toString().isEmpty() ? tr("District not recorded") : row.at(1).toString(),
                      suppressed(row.at(2).toLongLong()), suppressed(row.at(3).toLongLong()),
                      suppressed(row.at(4).toLongLong()), suppressed(row.at(5).toLongLong()),
                      suppressed(row.at(6).toLongLong())});
    }
    table.addTotal({tr("Total"), suppressed(groups), suppressed(active), suppressed(meetings), suppressed(attendance),
                    suppressed(participants)});
    context.document.addTable(std::move(table));

    const QList<QVariantList> months = context.data.rows(
        u"SELECT substr(mt.meeting_date, 1, 4), count(*), sum(mt.attendance), count(DISTINCT mt.support_group_id) "
        "FROM meetings mt JOIN support_groups g ON g.id = mt.support_group_id JOIN programs p ON p.id = g.program_id "
        "WHERE "_s +
            groupScope + u" AND "_s + meetingPeriod + u" GROUP BY 1 ORDER BY 1"_s,
        {{u":country"_s, context.country()}, {u":from"_s, context.from()}, {u":to"_s, context.to()}});
    context.document.addHeading(tr("Meetings by year"));
    ReportTable years;
    years.columns = {Column{tr("Year"), 2, false}, Column{tr("Groups meeting"), 1.3, true},
                     Column{tr("Meetings"), 1.2, true}, Column{tr("Attendance"), 1.2, true}};
    for (const QVariantList &row : months) {
        years.addRow({row.at(0).toString(), suppressed(row.at(3).toLongLong()), suppressed(row.at(1).toLongLong()),
                      suppressed(row.at(2).toLongLong())});
    }
    years.addTotal({tr("Total"), QString(), suppressed(meetings), suppressed(attendance)});
    context.document.addTable(std::move(years));

    if (!context.parameters.includeProtected)
        return;
    const QList<QVariantList> people = context.data.rows(
        u"SELECT g.district, g.name, pt.code, pt.identity, pt.joined FROM participants pt JOIN support_groups g ON "
        "g.id = pt.support_group_id JOIN programs p ON p.id = g.program_id WHERE "_s +
            groupScope +
            u" ORDER BY g.district COLLATE ad_locale, g.name COLLATE ad_locale, pt.code COLLATE ad_locale"_s,
        {{u":country"_s, context.country()}});
    context.document.addHeading(tr("Participants (protected: included at the user's request)"));
    ReportTable list;
    list.columns = {Column{tr("District"), 2, false}, Column{tr("Group"), 3, false}, Column{tr("Code"), 1.5, false},
                    Column{tr("Identity"), 2.5, false}, Column{tr("Joined"), 1.3, false}};
    for (const QVariantList &row : people) {
        list.addRow({row.at(0).toString(), row.at(1).toString(), row.at(2).toString(), row.at(3).toString(),
                     row.at(4).toString()});
    }
    context.document.addTable(std::move(list));
}

} // namespace AllianceDesk
