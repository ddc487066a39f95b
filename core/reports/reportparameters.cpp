#include "reportparameters.h"

#include "memberdirectoryreport.h"
#include "util/countrycatalog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportParameters", text);
}

struct KindEntry
{
    ReportKind kind;
    const char *name;
    const char *title;
};

constexpr KindEntry kinds[] = {
    {ReportKind::MemberDirectory, "member-directory", QT_TRANSLATE_NOOP("ReportParameters", "Member directory")},
    {ReportKind::NetworkProfile, "network-profile", QT_TRANSLATE_NOOP("ReportParameters", "Network profile")},
    {ReportKind::ProgramReach, "program-reach", QT_TRANSLATE_NOOP("ReportParameters", "Program reach")},
    {ReportKind::SupportGroups, "support-groups", QT_TRANSLATE_NOOP("ReportParameters", "Support-group activity")},
    {ReportKind::Events, "events", QT_TRANSLATE_NOOP("ReportParameters", "Event participation")},
    {ReportKind::MembershipChanges, "membership-changes", QT_TRANSLATE_NOOP("ReportParameters", "Membership changes")},
};

const KindEntry &entry(ReportKind kind)
{
    for (const KindEntry &candidate : kinds) {
        if (candidate.kind == kind)
            return candidate;
    }
    return kinds[0];
}
} // namespace

QString ReportParameters::kindName(ReportKind kind)
{
    return QString::fromLatin1(entry(kind).name);
}

std::optional<ReportKind> ReportParameters::kindFromName(const QString &name)
{
    for (const KindEntry &candidate : kinds) {
        if (name == QLatin1StringView(candidate.name))
            return candidate.kind;
    }
    return std::nullopt;
}

QList<ReportKind> ReportParameters::allKinds()
{
    QList<ReportKind> result;
    for (const KindEntry &candidate : kinds)
        result << candidate.kind;
    return result;
}

QString ReportParameters::kindTitle(ReportKind kind)
{
    return tr(entry(kind).title);
}

QPageSize::PageSizeId ReportParameters::defaultPageSize()
{
    return QLocale().measurementSystem() == QLocale::MetricSystem ? QPageSize::A4 : QPageSize::Letter;
}

QStringList ReportParameters::describe() const
{
    QStringList lines;
    lines << tr("Network: %1").arg(networkName.isEmpty() ? tr("the whole alliance") : networkName);
    if (from.isValid() || to.isValid()) {
        const QString start = from.isValid() ? from.toString(Qt::ISODate) : tr("the beginning");
        const QString end = to.isValid() ? to.toString(Qt::ISODate) : tr("today");
        lines << tr("Period: %1 to %2").arg(start, end);
    }
    if (!country.isEmpty())
        lines << tr("Country: %1 (%2)").arg(CountryCatalog::instance().name(country), country);
    if (!viewName.isEmpty()) {
        lines << (viewDescription.isEmpty() ? tr("Saved search: %1").arg(viewName)
                                            : tr("Saved search: %1 (%2)").arg(viewName, viewDescription));
    }
    if (kind == ReportKind::MemberDirectory) {
        QStringList titles;
        for (const QString &key : columns.isEmpty() ? MemberDirectoryReport::defaultColumns() : columns)
            titles << MemberDirectoryReport::columnTitle(key);
        lines << tr("Columns: %1").arg(titles.join(u", "_s));
    }
    lines << (includeProtected ? tr("Protected details: included at the user's request")
                               : tr("Protected details: left out"));
    return lines;
}

QString ReportParameters::commandLine() const
{
    const auto quoted = [](const QString &value) -> QString {
        static const QRegularExpression plain(u"^[A-Za-z0-9._,/:=+-]+$"_s);
        if (plain.match(value).hasMatch())
            return value;
        QString escaped = value;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'$', u"\\$"_s).replace(u'`', u"\\`"_s);
        return u'"' + escaped + u'"';
    };
    QStringList words{u"alliancedesk-cli"_s, u"report"_s, kindName(kind), u"--out"_s,
                      quoted(kindName(kind) + u".pdf"_s)};
    if (!networkName.isEmpty())
        words << u"--network"_s << quoted(networkName);
    if (from.isValid())
        words << u"--from"_s << from.toString(Qt::ISODate);
    if (to.isValid())
        words << u"--to"_s << to.toString(Qt::ISODate);
    if (!country.isEmpty())
        words << u"--country"_s << country;
    if (!viewName.isEmpty())
        words << u"--view"_s << quoted(viewName);
    words << u"--page-size"_s << QPageSize::key(pageSize);
    if (kind == ReportKind::MemberDirectory && !columns.isEmpty())
        words << u"--columns"_s << quoted(columns.join(u','));
    if (includeProtected)
        words << u"--include-protected"_s;
    return words.join(u' ');
}

QString ReportParameters::canonical() const
{
    QStringList parts;
    parts << u"report=%1"_s.arg(kindName(kind));
    parts << u"network=%1"_s.arg(networkName);
    parts << u"from=%1"_s.arg(from.isValid() ? from.toString(Qt::ISODate) : QString());
    parts << u"to=%1"_s.arg(to.isValid() ? to.toString(Qt::ISODate) : QString());
    parts << u"country=%1"_s.arg(country);
    parts << u"page-size=%1"_s.arg(QPageSize::key(pageSize));
    parts << u"include-protected=%1"_s.arg(includeProtected ? u"yes"_s : u"no"_s);
    // Only when used: the line of a report made without a saved search stays as it was.
    if (!viewName.isEmpty())
        parts << u"view=%1"_s.arg(viewName);
    if (kind == ReportKind::MemberDirectory)
        parts << u"columns=%1"_s.arg(
            (columns.isEmpty() ? MemberDirectoryReport::defaultColumns() : columns).join(u','));
    return parts.join(u"; "_s);
}

} // namespace AllianceDesk
