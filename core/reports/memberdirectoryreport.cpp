#include "memberdirectoryreport.h"

#include "reportcontext.h"
#include "reporterrors.h"

#include "domain/contactvalues.h"
#include "domain/vocabulary.h"

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
    DirectoryColumn column;
    qreal weight;
};

constexpr ColumnSpec columnSpecs[] = {
    {"name", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Name"), DirectoryColumn::Name, 3},
    {"native_name", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Name in own script"), DirectoryColumn::NativeName, 3},
    {"acronym", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Acronym"), DirectoryColumn::Acronym, 1.2},
    {"type", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Type"), DirectoryColumn::Type, 1.4},
    {"province", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Province"), DirectoryColumn::Province, 1.5},
    {"city", QT_TRANSLATE_NOOP("MemberDirectoryReport", "City"), DirectoryColumn::City, 1.5},
    {"email", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Email"), DirectoryColumn::Email, 2.4},
    {"phone", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Phone"), DirectoryColumn::Phone, 1.7},
    {"website", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Website"), DirectoryColumn::Website, 2.4},
    {"networks", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Networks"), DirectoryColumn::Networks, 3},
    {"role", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Role"), DirectoryColumn::Role, 1.5},
    {"status", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Status"), DirectoryColumn::Status, 1.2},
    {"joined", QT_TRANSLATE_NOOP("MemberDirectoryReport", "Joined"), DirectoryColumn::Joined, 1.3},
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
    QList<DirectoryColumn> columns;
    ReportTable table;
    for (const QString &key : keys) {
        const ColumnSpec *found = spec(key);
        if (!found) {
            throw ReportRejected(tr("The member directory has no column “%1”; the columns are: %2.")
                                     .arg(key, availableColumns().join(u", "_s)));
        }
        if (needsMembership(key) && !context.networkId)
            throw ReportRejected(tr("The column “%1” needs a network: choose one.").arg(key));
        columns << found->column;
        // A phone number or an email is never broken across lines: its column is as wide as its widest value.
        table.columns << ReportTable::Column{columnTitle(key), found->weight, false,
                                             key == u"phone"_s || key == u"email"_s};
    }

    const QList<DirectoryEntry> entries =
        context.store.memberDirectory(context.scope(), columns, context.organisationIds);

    // Grouped by country, in the store's order: by the country's name, those with none last.
    QList<std::pair<QString, QList<const DirectoryEntry *>>> groups;
    QString groupCountry;
    for (const DirectoryEntry &entry : entries) {
        if (groups.isEmpty() || entry.country != groupCountry) {
            groupCountry = entry.country;
            groups.append({ReportContext::countryName(groupCountry), {}});
        }
        groups.last().second.append(&entry);
    }

    context.document.addParagraph(tr("Organisations: %1; countries: %2.").arg(entries.size()).arg(groups.size()));
    for (const auto &[country, members] : groups) {
        table.addGroup(u"%1 — %2"_s.arg(country).arg(members.size()));
        for (const DirectoryEntry *entry : members) {
            QStringList cells;
            for (int i = 0; i < keys.size(); ++i) {
                const QString &value = entry->values.at(i);
                const QString &key = keys.at(i);
                if (key == u"type"_s)
                    cells << Vocabulary::label(Vocabulary::Kind::OrganisationType, value);
                else if (key == u"role"_s)
                    cells << Vocabulary::label(Vocabulary::Kind::MembershipRole, value);
                else if (key == u"status"_s)
                    cells << Vocabulary::label(Vocabulary::Kind::MembershipStatus, value);
                else if (key == u"phone"_s)
                    cells << ContactValues::displayPhone(value);
                else
                    cells << value;
            }
            table.addRow(cells);
        }
    }
    context.document.addTable(std::move(table));
}

} // namespace AllianceDesk
