#include "memberdirectoryreport.h"

#include "reportcontext.h"
#include "reporterrors.h"

#include "domain/contactvalues.h"
#include "domain/vocabulary.h"
#include "storage/sqlfunctions.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("MemberDirectoryReport", text, nullptr, n);
}

struct ColumnSpec
{
    const char *key;
    const char *title;
    const char *expression;
    qreal weight;
};

constexpr ColumnSpec columnSpecs[] = {
    {"name", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Name"), "o.name", 3},
    {"native_name", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Name in own script"), "o.native_name", 3},
    {"acronym", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Acronym"), "o.acronym", 1.2},
    {"type", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Type"), "o.type", 1.4},
    {"province", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Province"), "o.province", 1.5},
    {"city", QT_TRANSLATE_NOOP("MemberDirectoryReport", "City"), "o.city", 1.5},
    {"email", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Email"), "o.email", 2.4},
    {"phone", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Phone"), "o.phone", 1.7},
    {"website", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Website"), "o.website", 2.4},
    {"networks", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Networks"),
     "(SELECT group_concat(n.name, '; ') FROM membership_current mc JOIN networks n ON n.id = mc.network_id "
     "WHERE mc.organisation_id = o.id AND mc.status = 'active')",
     3},
    {"role", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Role"), "m.role", 1.5},
    {"status", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Status"), "m.status", 1.2},
    {"joined", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Joined"), "m.joined", 1.3},
};

const ColumnSpec *spec(const QString &key)
{
    for (const ColumnSpec &candidate : columnSpecs) {
        if (key == QLatin1StringView(candidate.key))
            return &candidate;
    }
    return nullptr;
}

bool needsMembership(const QString &key)
{
    return key == u"role"_s || key == u"status"_s || key == u"joined"_s;
}

} // namespace

QStringList MemberDirectoryReport::availableColumns()
{
    QStringList keys;
    for (const ColumnSpec &candidate : columnSpecs)
        keys << QString::fromLatin1(candidate.key);
    return keys;
}

QStringList MemberDirectoryReport::defaultColumns()
{
    return {u"name"_s, u"native_name"_s, u"type"_s, u"city"_s, u"email"_s};
}

QString MemberDirectoryReport::columnTitle(const QString &key)
{
    const ColumnSpec *found = spec(key);
    return found ? QCoreApplication::translate("MemberDirectoryReport", found->title) : key;
}

void MemberDirectoryReport::build(ReportContext &context)
{
    const QStringList keys = context.parameters.columns.isEmpty() ? defaultColumns() : context.parameters.columns;
    QStringList expressions;
    ReportTable table;
    for (const QString &key : keys) {
        const ColumnSpec *found = spec(key);
        if (!found) {
            throw ReportRejected(tr("The member directory has no column “%1”; the columns are: %2.")
                                     .arg(key, availableColumns().join(u", "_s)));
        }
        if (needsMembership(key) && !context.networkId)
            throw ReportRejected(tr("The column “%1” needs a network: choose one.").arg(key));
        expressions << QString::fromLatin1(found->expression);
        // A phone number or an email is never broken across lines: its column is as wide as its widest value.
        table.columns << ReportTable::Column{columnTitle(key), found->weight, false,
                                             key == u"phone"_s || key == u"email"_s};
    }

    QString from = u"organisations o"_s;
    QString where = u"(:country IS NULL OR o.country = :country)"_s;
    if (context.networkId) {
        // The current members of the network and of the networks under it, once each.
        from = u"membership_current m JOIN organisations o ON o.id = m.organisation_id"_s;
        where += u" AND m.status IN ('active', 'suspended', 'applicant') AND "_s +
                 context.networkCondition(u"m.network_id"_s) +
                 u" AND m.id = (SELECT min(m2.id) FROM membership_current m2 WHERE m2.organisation_id = o.id AND "
                 "m2.status IN ('active', 'suspended', 'applicant') AND "_s +
                 context.networkCondition(u"m2.network_id"_s) + u")"_s;
    }
    // A saved search's organisations, as a JSON array bound as one value (json_each reads it): a list of any length.
    QVariant organisations;
    if (context.organisationIds) {
        QStringList ids;
        for (const qint64 id : *context.organisationIds)
            ids << QString::number(id);
        organisations = QString(u'[' + ids.join(u',') + u']');
    }
    where += u" AND (:organisations IS NULL OR o.id IN (SELECT value FROM json_each(:organisations)))"_s;
    // Grouped by the country's name (not its code), in the order a reader looks for it: the names as the locale
    // sorts them, as in the lists, and the organisations with no country recorded last.
    const QString sql =
        u"SELECT o.country, %1 FROM %2 WHERE %3 ORDER BY coalesce(o.country, '') = '', %4, o.country, o.sort_key, "
        "o.id"_s.arg(expressions.join(u", "_s), from, where, collated(countryNameExpression(u"o.country"_s)));
    const QList<QVariantList> rows =
        context.data.rows(sql, {{u":country"_s, context.country()}, {u":organisations"_s, organisations}});

    QList<std::pair<QString, QList<const QVariantList *>>> groups;
    QVariant groupCountry;
    for (const QVariantList &row : rows) {
        if (groups.isEmpty() || row.at(0) != groupCountry) {
            groupCountry = row.at(0);
            groups.append({ReportContext::countryName(groupCountry), {}});
        }
        groups.last().second.append(&row);
    }

    context.document.addParagraph(tr("Organisations: %1; countries: %2.").arg(rows.size()).arg(groups.size()));
    for (const auto &[country, members] : groups) {
        table.addGroup(u"%1 — %2"_s.arg(country).arg(members.size()));
        for (const QVariantList *row : members) {
            QStringList cells;
            for (int i = 0; i < keys.size(); ++i) {
                const QVariant &value = row->at(i + 1);
                const QString &key = keys.at(i);
                if (key == u"type"_s)
                    cells << Vocabulary::label(Vocabulary::Kind::OrganisationType, value.toString());
                else if (key == u"role"_s)
                    cells << Vocabulary::label(Vocabulary::Kind::MembershipRole, value.toString());
                else if (key == u"status"_s)
                    cells << Vocabulary::label(Vocabulary::Kind::MembershipStatus, value.toString());
                else if (key == u"phone"_s)
                    cells << ContactValues::displayPhone(value.toString());
                else
                    cells << value.toString();
            }
            table.addRow(cells);
        }
    }
    context.document.addTable(std::move(table));
}

} // namespace AllianceDesk
