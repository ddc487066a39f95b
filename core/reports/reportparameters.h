#pragma once

#include <QDate>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace AllianceDesk {

/// The reports AllianceDesk makes.
enum class ReportKind
{
    MemberDirectory,
    NetworkProfile,
    ProgramReach,
    SupportGroups,
    Events,
    MembershipChanges,
};

/// What a report is made of: which report, for which network, period and country, on which paper.
struct ReportParameters
{
    ReportKind kind = ReportKind::MemberDirectory;
    QString networkName; ///< empty: the whole alliance
    QDate from;          ///< invalid: open
    QDate to;            ///< invalid: open
    QString country;     ///< ISO 3166-1 alpha-2, or empty for every country
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool includeProtected = false; ///< participant codes and concern details, only when the user chose them
    QStringList columns;           ///< member directory: the column keys, empty for the default ones
    /// Member directory: only the organisations the saved search of this name lists (of organisations or
    /// memberships); empty for all of them.
    QString viewName;
    /// What the saved search keeps, in words (filled in when the report is built; not a parameter of its own).
    QString viewDescription;

    /// The command-line names: member-directory, network-profile, ...
    static QString kindName(ReportKind kind);
    static std::optional<ReportKind> kindFromName(const QString &name);
    static QList<ReportKind> allKinds();
    /// The report's title in the UI language.
    static QString kindTitle(ReportKind kind);
    /// A4 in most of the world, Letter where the locale measures in inches (US, Canada, ...).
    static QPageSize::PageSizeId defaultPageSize();

    /// The parameters as "label: value" lines in the UI language, for the page header and the last page.
    QStringList describe() const;
    /// The parameters as one stable, language-independent line (recorded in the PDF metadata).
    QString canonical() const;
    /// The command that makes this report again: `alliancedesk-cli report member-directory --network "…" …`.
    QString commandLine() const;
};

} // namespace AllianceDesk
