#include "programreachreport.h"

#include "reportcontext.h"

#include "domain/vocabulary.h"
#include "storage/sqlfunctions.h"

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

void add(Counts &total, const QVariantList &row, int first)
{
    for (int i = 0; i < 4; ++i) {
        const QVariant &value = row.at(first + i);
        if (!value.isNull())
            total[i] = (total[i] < 0 ? 0 : total[i]) + value.toLongLong();
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
    const QString programScope =
        context.networkCondition(u"p.network_id"_s) +
        u" AND (:country IS NULL OR EXISTS (SELECT 1 FROM program_places pl WHERE pl.program_id = p.id AND "
        "pl.country = :country))"_s;

    // The programs: approach and socio-ecological levels.
    const QList<QVariantList> programs = context.data.rows(
        u"SELECT p.id, p.name, lead.name, p.approach, (SELECT group_concat(level, ',') FROM (SELECT level FROM "
        "program_levels l WHERE l.program_id = p.id ORDER BY CASE level WHEN 'individual' THEN 0 WHEN "
        "'relationship' THEN 1 WHEN 'community' THEN 2 WHEN 'institutional' THEN 3 ELSE 4 END)) FROM programs p "
        "JOIN organisations lead ON lead.id = p.lead_organisation_id WHERE "_s +
            programScope + u" ORDER BY p.name COLLATE ad_locale, p.id"_s,
        {{u":country"_s, context.country()}});
    context.document.addHeading(tr("Programs"));
    ReportTable programTable;
    programTable.columns = {Column{tr("Program"), 4, false}, Column{tr("Lead organisation"), 3, false},
                            Column{tr("Approach"), 1.6, false}, Column{tr("Socio-ecological levels"), 3, false}};
    QMap<QString, int> approaches;
    QMap<QString, int> levels;
    for (const QVariantList &row : programs) {
        QStringList levelLabels;
        for (const QString &level : row.at(4).toString().split(u',', Qt::SkipEmptyParts)) {
            levelLabels << Vocabulary::label(Vocabulary::Kind::EcologicalLevel, level);
            ++levels[level];
        }
        const QString approach = row.at(3).toString();
        ++approaches[approach];
        programTable.addRow(
            {row.at(1).toString(), row.at(2).toString(),
             approach.isEmpty() ? tr("not recorded") : Vocabulary::label(Vocabulary::Kind::Approach, approach),
             levelLabels.join(u", "_s)});
    }
    context.document.addTable(std::move(programTable));

    // Reach by place and period, with a total per place and for everything.
    const QList<QVariantList> reach = context.data.rows(
        u"SELECT coalesce((SELECT group_concat(coalesce(pl.province || ', ', '') || pl.country, '; ') FROM "
        "program_places pl WHERE pl.program_id = p.id), ''), p.name, r.period_start, r.period_end, r.villages, "
        "r.districts, r.institutions, r.participants FROM reach_reports r JOIN programs p ON p.id = r.program_id "
        "WHERE "_s +
            programScope +
            u" AND (:from IS NULL OR r.period_end >= :from) AND (:to IS NULL OR r.period_start <= :to) "
            "ORDER BY 1 COLLATE ad_locale, r.period_start, p.name COLLATE ad_locale, r.id"_s,
        {{u":country"_s, context.country()}, {u":from"_s, context.from()}, {u":to"_s, context.to()}});
    context.document.addHeading(tr("Reach by place and period"));
    ReportTable reachTable;
    reachTable.columns = reachColumns(tr("Program"), tr("Period"));
    QMap<QString, QList<const QVariantList *>> places;
    for (const QVariantList &row : reach) {
        // "Uttar Pradesh, IN" reads better as "Uttar Pradesh, India".
        QStringList parts;
        for (const QString &place : row.at(0).toString().split(u"; "_s, Qt::SkipEmptyParts)) {
            const qsizetype comma = place.lastIndexOf(u", "_s);
            parts << (comma < 0 ? ReportContext::countryName(place)
                                : place.left(comma) + u", "_s + ReportContext::countryName(place.mid(comma + 2)));
        }
        places[parts.isEmpty() ? tr("Place not recorded") : parts.join(u"; "_s)].append(&row);
    }
    Counts grandTotal{-1, -1, -1, -1};
    QMap<QString, Counts> periods;
    QMap<QString, int> periodPrograms;
    // The places in the order of the locale, as every list sorts names.
    QStringList placeOrder = places.keys();
    std::sort(placeOrder.begin(), placeOrder.end(), sortCollator(context.data.db()));
    for (const QString &place : std::as_const(placeOrder)) {
        reachTable.addGroup(place);
        Counts placeTotal{-1, -1, -1, -1};
        for (const QVariantList *row : places.value(place)) {
            const QString period = tr("%1 to %2").arg(row->at(2).toString(), row->at(3).toString());
            Counts counts{-1, -1, -1, -1};
            add(counts, *row, 4);
            reachTable.addRow(QStringList{row->at(1).toString(), period} + cells(counts));
            add(placeTotal, *row, 4);
            add(grandTotal, *row, 4);
            if (!periods.contains(period))
                periods.insert(period, Counts{-1, -1, -1, -1});
            add(periods[period], *row, 4);
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
