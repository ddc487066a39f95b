#include "networkprofilereport.h"

#include "reportcontext.h"

#include "domain/vocabulary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("NetworkProfileReport", text, nullptr, n);
}

using Column = ReportTable::Column;

void addFacts(ReportContext &context, qint64 id)
{
    const QList<QVariantList> rows = context.data.rows(
        u"SELECT n.name, n.native_name, n.acronym, n.level, parent.name, n.country, n.region, n.founded, n.status, "
        "n.website, n.goal_long_term, n.goal_short_term FROM networks n LEFT JOIN networks parent ON parent.id = "
        "n.parent_id WHERE n.id = :id"_s,
        {{u":id"_s, id}});
    if (rows.isEmpty())
        return;
    const QVariantList &n = rows.constFirst();
    QList<QPair<QString, QString>> fields{{tr("Name"), n.at(0).toString()}};
    if (!n.at(1).isNull())
        fields.append({tr("Name in own script"), n.at(1).toString()});
    if (!n.at(2).isNull())
        fields.append({tr("Acronym"), n.at(2).toString()});
    fields.append({tr("Level"), Vocabulary::label(Vocabulary::Kind::NetworkLevel, n.at(3).toString())});
    if (!n.at(4).isNull())
        fields.append({tr("Part of"), n.at(4).toString()});
    if (!n.at(5).isNull())
        fields.append({tr("Country"), ReportContext::countryName(n.at(5))});
    if (!n.at(6).isNull())
        fields.append({tr("Region"), n.at(6).toString()});
    if (!n.at(7).isNull())
        fields.append({tr("Founded"), n.at(7).toString()});
    fields.append({tr("Status"), Vocabulary::label(Vocabulary::Kind::NetworkStatus, n.at(8).toString())});
    if (!n.at(9).isNull())
        fields.append({tr("Website"), n.at(9).toString()});
    context.document.addFields(fields);

    // A section with nothing recorded says so, rather than printing bare labels.
    context.document.addHeading(tr("Goals"));
    QList<QPair<QString, QString>> goals;
    if (!n.at(10).toString().trimmed().isEmpty())
        goals.append({tr("Long-term goal"), n.at(10).toString()});
    if (!n.at(11).toString().trimmed().isEmpty())
        goals.append({tr("Short-term goal"), n.at(11).toString()});
    if (goals.isEmpty())
        context.document.addParagraph(tr("No goal is recorded for this network."));
    else
        context.document.addFields(goals);

    const QList<QVariantList> strategies = context.data.rows(
        u"SELECT strategy FROM network_strategies WHERE network_id = :id ORDER BY position, strategy"_s,
        {{u":id"_s, id}});
    context.document.addHeading(tr("Strategies"));
    ReportTable table;
    table.columns = {Column{u"#"_s, 0.4, true}, Column{tr("Strategy"), 8, false}};
    int index = 0;
    for (const QVariantList &row : strategies)
        table.addRow({QString::number(++index), row.at(0).toString()});
    if (strategies.isEmpty())
        context.document.addParagraph(tr("No strategy is recorded for this network."));
    else
        context.document.addTable(std::move(table));
}

void addSecretariat(ReportContext &context, qint64 id)
{
    const QList<QVariantList> rows = context.data.rows(
        u"SELECT o.name, t.start_date, t.end_date, t.date_precision FROM secretariat_terms t JOIN organisations o "
        "ON o.id = t.organisation_id WHERE t.network_id = :id ORDER BY t.start_date, t.id"_s,
        {{u":id"_s, id}});
    context.document.addHeading(tr("Secretariat hosts"));
    ReportTable table;
    table.columns = {Column{u"#"_s, 0.4, true}, Column{tr("Host organisation"), 5, false},
                     Column{tr("From"), 1.3, false}, Column{tr("To"), 1.3, false}};
    int index = 0;
    for (const QVariantList &row : rows) {
        const QString precision = row.at(3).toString();
        table.addRow({QString::number(++index), row.at(0).toString(), ReportContext::date(row.at(1), precision),
                      row.at(2).isNull() ? tr("current") : ReportContext::date(row.at(2), precision)});
    }
    if (rows.isEmpty())
        context.document.addParagraph(tr("No secretariat host is recorded."));
    else
        context.document.addTable(std::move(table));
}

void addMembers(ReportContext &context, qint64 id)
{
    const QList<QVariantList> rows = context.data.rows(
        u"SELECT m.status, o.name, o.country, m.role, m.status_since FROM membership_current m JOIN organisations o "
        "ON o.id = m.organisation_id WHERE m.network_id = :id ORDER BY CASE m.status WHEN 'active' THEN 0 WHEN "
        "'applicant' THEN 1 WHEN 'suspended' THEN 2 WHEN 'lapsed' THEN 3 ELSE 4 END, o.sort_key, o.id"_s,
        {{u":id"_s, id}});
    context.document.addHeading(tr("Members by status"));
    ReportTable table;
    table.columns = {Column{tr("Organisation"), 4, false}, Column{tr("Country"), 2, false},
                     Column{tr("Role"), 1.8, false}, Column{tr("Since"), 1.3, false}};
    QString status;
    int start = -1;
    auto closeGroup = [&] {
        if (start >= 0) {
            const int count = static_cast<int>(table.rows.size()) - start - 1;
            table.rows[start].cells[0] = u"%1 — %2"_s.arg(table.rows[start].cells[0]).arg(count);
        }
    };
    for (const QVariantList &row : rows) {
        if (row.at(0).toString() != status) {
            closeGroup();
            status = row.at(0).toString();
            start = static_cast<int>(table.rows.size());
            table.addGroup(Vocabulary::label(Vocabulary::Kind::MembershipStatus, status));
        }
        table.addRow({row.at(1).toString(), ReportContext::countryName(row.at(2)),
                      Vocabulary::label(Vocabulary::Kind::MembershipRole, row.at(3).toString()), row.at(4).toString()});
    }
    closeGroup();
    table.addTotal({tr("Total: %1").arg(rows.size())});
    context.document.addTable(std::move(table));
}

void addPrograms(ReportContext &context)
{
    const QList<QVariantList> rows = context.data.rows(
        u"SELECT p.name, lead.name, p.approach, (SELECT group_concat(coalesce(pl.province, pl.country), '; ') FROM "
        "program_places pl WHERE pl.program_id = p.id) FROM programs p JOIN organisations lead ON lead.id = "
        "p.lead_organisation_id WHERE "_s +
        context.networkCondition(u"p.network_id"_s) + u" ORDER BY p.name COLLATE ad_locale, p.id"_s);
    context.document.addHeading(tr("Programs"));
    ReportTable table;
    table.columns = {Column{tr("Program"), 4, false}, Column{tr("Lead organisation"), 3, false},
                     Column{tr("Approach"), 1.6, false}, Column{tr("Where"), 2, false}};
    for (const QVariantList &row : rows) {
        table.addRow({row.at(0).toString(), row.at(1).toString(),
                      Vocabulary::label(Vocabulary::Kind::Approach, row.at(2).toString()), row.at(3).toString()});
    }
    if (rows.isEmpty())
        context.document.addParagraph(tr("No program is recorded under this network."));
    else
        context.document.addTable(std::move(table));
}

void addEvents(ReportContext &context)
{
    const QList<QVariantList> rows = context.data.rows(
        u"SELECT e.name, e.kind, e.start_date, e.city, e.country, e.online, e.participant_count FROM events e WHERE "_s +
            context.networkCondition(u"e.network_id"_s) +
            u" AND (:from IS NULL OR e.start_date >= :from) AND (:to IS NULL OR e.start_date <= :to) "
            "ORDER BY e.start_date, e.id"_s,
        {{u":from"_s, context.from()}, {u":to"_s, context.to()}});
    context.document.addHeading(tr("Events"));
    ReportTable table;
    table.columns = {Column{tr("Event"), 5, false}, Column{tr("Kind"), 1.4, false}, Column{tr("Date"), 1.4, false},
                     Column{tr("Place"), 2.2, false}, Column{tr("Participants"), 1.3, true}};
    for (const QVariantList &row : rows) {
        QString place = row.at(5).toBool() ? tr("online") : row.at(3).toString();
        if (!row.at(4).isNull())
            place += (place.isEmpty() ? QString() : u", "_s) + ReportContext::countryName(row.at(4));
        table.addRow({row.at(0).toString(), Vocabulary::label(Vocabulary::Kind::EventKind, row.at(1).toString()),
                      row.at(2).toString(), place, ReportContext::optionalNumber(row.at(6))});
    }
    if (rows.isEmpty())
        context.document.addParagraph(tr("No event is recorded for this network."));
    else
        context.document.addTable(std::move(table));
}

void addConcerns(ReportContext &context, qint64 id)
{
    context.document.addHeading(tr("Conduct concerns"));
    const QList<QVariantList> counts = context.data.rows(
        u"SELECT status, count(*) FROM concerns WHERE network_id = :id GROUP BY status ORDER BY status"_s,
        {{u":id"_s, id}});
    ReportTable table;
    table.columns = {Column{tr("Status"), 3, false}, Column{tr("Concerns"), 1, true}};
    qint64 total = 0;
    for (const QVariantList &row : counts) {
        table.addRow({Vocabulary::label(Vocabulary::Kind::ConcernStatus, row.at(0).toString()),
                      QString::number(row.at(1).toLongLong())});
        total += row.at(1).toLongLong();
    }
    table.addTotal({tr("Total"), QString::number(total)});
    context.document.addTable(std::move(table));
    if (!context.parameters.includeProtected) {
        context.document.addParagraph(tr("The details of concerns are protected and not part of this report."));
        return;
    }
    const QList<QVariantList> rows = context.data.rows(
        u"SELECT c.received_date, o.name, c.category, c.status, c.summary, c.actions, c.confidential_notes FROM "
        "concerns c JOIN organisations o ON o.id = c.organisation_id WHERE c.network_id = :id "
        "ORDER BY c.received_date, c.id"_s,
        {{u":id"_s, id}});
    if (rows.isEmpty())
        return; // nothing to show, and no heading over nothing
    context.document.addHeading(tr("Conduct concerns in detail (protected)"));
    for (const QVariantList &row : rows) {
        context.document.addFields(
            {{tr("Received"), row.at(0).toString()},
             {tr("About"), row.at(1).toString()},
             {tr("Category"), Vocabulary::label(Vocabulary::Kind::ConcernCategory, row.at(2).toString())},
             {tr("Status"), Vocabulary::label(Vocabulary::Kind::ConcernStatus, row.at(3).toString())},
             {tr("Summary"), row.at(4).toString()},
             {tr("Actions"), row.at(5).toString()},
             {tr("Confidential notes"), row.at(6).toString()}});
    }
}

} // namespace

void NetworkProfileReport::build(ReportContext &context)
{
    const qint64 id = *context.networkId;
    addFacts(context, id);
    addSecretariat(context, id);
    addMembers(context, id);
    addPrograms(context);
    addEvents(context);
    addConcerns(context, id);
}

} // namespace AllianceDesk
