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
    const ReportScope scope = context.scope();
    const QList<SupportGroupDistrict> districts = context.store.supportGroupsByDistrict(scope);

    qint64 groups = 0;
    qint64 active = 0;
    qint64 meetings = 0;
    qint64 attendance = 0;
    qint64 participants = 0;
    for (const SupportGroupDistrict &district : districts) {
        groups += district.groups;
        active += district.activeGroups;
        meetings += district.meetings;
        attendance += district.attendance;
        participants += district.participants;
    }
    context.document.addParagraph(
        tr("%1 support groups in %2 districts; %3 meetings in the period with a total attendance of %4.")
            .arg(suppressed(groups), suppressed(districts.size()), suppressed(meetings), suppressed(attendance)));
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
    for (const SupportGroupDistrict &district : districts) {
        if (district.province != province) {
            province = district.province;
            table.addGroup(province.isEmpty() ? tr("Province not recorded") : province);
        }
        table.addRow({district.district.isEmpty() ? tr("District not recorded") : district.district,
                      suppressed(district.groups), suppressed(district.activeGroups), suppressed(district.meetings),
                      suppressed(district.attendance), suppressed(district.participants)});
    }
    table.addTotal({tr("Total"), suppressed(groups), suppressed(active), suppressed(meetings), suppressed(attendance),
                    suppressed(participants)});
    context.document.addTable(std::move(table));

    const QList<SupportGroupYear> years = context.store.supportGroupMeetingsByYear(scope);
    context.document.addHeading(tr("Meetings by year"));
    ReportTable yearTable;
    yearTable.columns = {Column{tr("Year"), 2, false}, Column{tr("Groups meeting"), 1.3, true},
                         Column{tr("Meetings"), 1.2, true}, Column{tr("Attendance"), 1.2, true}};
    for (const SupportGroupYear &year : years) {
        yearTable.addRow(
            {year.year, suppressed(year.groupsMeeting), suppressed(year.meetings), suppressed(year.attendance)});
    }
    yearTable.addTotal({tr("Total"), QString(), suppressed(meetings), suppressed(attendance)});
    context.document.addTable(std::move(yearTable));

    if (!context.parameters.includeProtected)
        return;
    const QList<SupportGroupParticipant> people = context.store.supportGroupParticipants(scope);
    context.document.addHeading(tr("Participants (protected: included at the user's request)"));
    ReportTable list;
    list.columns = {Column{tr("District"), 2, false}, Column{tr("Group"), 3, false}, Column{tr("Code"), 1.5, false},
                    Column{tr("Identity"), 2.5, false}, Column{tr("Joined"), 1.3, false}};
    for (const SupportGroupParticipant &person : people)
        list.addRow({person.district, person.group, person.code, person.identity, person.joined});
    context.document.addTable(std::move(list));
}

} // namespace AllianceDesk
