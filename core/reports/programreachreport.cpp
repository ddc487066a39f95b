#include "programreachreport.h"

#include "reportcontext.h"

#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ProgramReachReport", text, nullptr, n);
}

using Column = ReportTable::Column;
using Counts = std::array<qint64, 4>; ///< villages, districts, institutions, participants; -1: none reported

void add(Counts &total, const ReachFigures &report)
{
    const std::optional<qint64> counts[] = {report.villages, report.districts, report.institutions,
                                            report.participants};
    for (int i = 0; i < 4; ++i) {
        if (counts[i])
            total[i] = (total[i] < 0 ? 0 : total[i]) + *counts[i];
    }
}

QStringList cells(const Counts &counts)
{
    QStringList result;
    for (qint64 count : counts)
        result << (count < 0 ? QString() : QString::number(count));
    return result;
}

QList<Column> reachColumns(const QString &first, const QString &second)
{
    return {Column{first, 3, false},
            Column{second, 2.2, false},
            Column{tr("Villages"), 1.1, true},
            Column{tr("Districts"), 1.1, true},
            Column{tr("Institutions"), 1.2, true},
            Column{tr("Participants"), 1.3, true}};
}

} // namespace

void ProgramReachReport::build(ReportContext &context)
{
    const ReportScope scope = context.scope();

    // The programs: approach and socio-ecological levels.
    const QList<ReachProgram> programs = context.store.reachPrograms(scope);
    context.document.addHeading(tr("Programs"));
    ReportTable programTable;
    programTable.columns = {Column{tr("Program"), 4, false}, Column{tr("Lead organisation"), 3, false},
                            Column{tr("Approach"), 1.6, false}, Column{tr("Socio-ecological levels"), 3, false}};
    QMap<QString, int> approaches;
    QMap<QString, int> levels;
    for (const ReachProgram &program : programs) {
        QStringList levelLabels;
        for (const QString &level : program.levels) {
            levelLabels << Vocabulary::label(Vocabulary::Kind::EcologicalLevel, level);
            ++levels[level];
        }
        const QString &approach = program.approach;
        ++approaches[approach];
        programTable.addRow(
            {program.name, program.leadOrganisation,
             approach.isEmpty() ? tr("not recorded") : Vocabulary::label(Vocabulary::Kind::Approach, approach),
             levelLabels.join(u", "_s)});
    }
    context.document.addTable(std::move(programTable));

    // Reach by place and period, with a total per place and for everything.
    const QList<ReachFigures> reach = context.store.reachReports(scope);
    context.document.addHeading(tr("Reach by place and period"));
    ReportTable reachTable;
    reachTable.columns = reachColumns(tr("Program"), tr("Period"));
    QMap<QString, QList<const ReachFigures *>> places;
    for (const ReachFigures &report : reach) {
        // "Uttar Pradesh, IN" reads better as "Uttar Pradesh, India".
        QStringList parts;
        for (const ReachPlace &place : report.places) {
            parts << (place.province ? *place.province + u", "_s + ReportContext::countryName(place.country)
                                     : ReportContext::countryName(place.country));
        }
        places[parts.isEmpty() ? tr("Place not recorded") : parts.join(u"; "_s)].append(&report);
    }
    Counts grandTotal{-1, -1, -1, -1};
    QMap<QString, Counts> periods;
    QMap<QString, int> periodPrograms;
    // The places in the order of the locale, as every list sorts names.
    QStringList placeOrder = places.keys();
    std::sort(placeOrder.begin(), placeOrder.end(), context.store.collator());
    for (const QString &place : std::as_const(placeOrder)) {
        reachTable.addGroup(place);
        Counts placeTotal{-1, -1, -1, -1};
        for (const ReachFigures *report : places.value(place)) {
            const QString period = tr("%1 to %2").arg(report->periodStart, report->periodEnd);
            Counts counts{-1, -1, -1, -1};
            add(counts, *report);
            reachTable.addRow(QStringList{report->program, period} + cells(counts));
            add(placeTotal, *report);
            add(grandTotal, *report);
            if (!periods.contains(period))
                periods.insert(period, Counts{-1, -1, -1, -1});
            add(periods[period], *report);
            ++periodPrograms[period];
        }
        reachTable.addTotal(QStringList{tr("Total for %1").arg(place), QString()} + cells(placeTotal));
    }
    reachTable.addTotal(QStringList{tr("Total"), tr("%1 reports").arg(reach.size())} + cells(grandTotal));
    context.document.addTable(std::move(reachTable));

    context.document.addHeading(tr("Totals by period"));
    ReportTable periodTable;
    periodTable.columns = reachColumns(tr("Period"), tr("Programs reporting"));
    for (auto period = periods.cbegin(); period != periods.cend(); ++period)
        periodTable.addRow(QStringList{period.key(), QString::number(periodPrograms.value(period.key()))} +
                           cells(period.value()));
    periodTable.addTotal(QStringList{tr("Total"), QString::number(reach.size())} + cells(grandTotal));
    context.document.addTable(std::move(periodTable));

    context.document.addHeading(tr("Approach on the gender integration continuum"));
    ReportTable approachTable;
    approachTable.columns = {Column{tr("Approach"), 3, false}, Column{tr("Programs"), 1, true}};
    for (const QString &code : Vocabulary::codes(Vocabulary::Kind::Approach))
        approachTable.addRow(
            {Vocabulary::label(Vocabulary::Kind::Approach, code), QString::number(approaches.value(code))});
    if (approaches.contains(QString()))
        approachTable.addRow({tr("not recorded"), QString::number(approaches.value(QString()))});
    approachTable.addTotal({tr("Total"), QString::number(programs.size())});
    context.document.addTable(std::move(approachTable));

    context.document.addHeading(tr("Socio-ecological levels"));
    ReportTable levelTable;
    levelTable.columns = {Column{tr("Level"), 3, false}, Column{tr("Programs working at this level"), 1.5, true}};
    for (const QString &code : Vocabulary::codes(Vocabulary::Kind::EcologicalLevel))
        levelTable.addRow(
            {Vocabulary::label(Vocabulary::Kind::EcologicalLevel, code), QString::number(levels.value(code))});
    context.document.addTable(std::move(levelTable));
}

} // namespace AllianceDesk
