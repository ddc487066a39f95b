#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace AllianceDesk {

/// A table of a report: its columns, and rows of literal text (data, group headings, totals).
struct ReportTable
{
    struct Column
    {
        QString title;
        qreal weight = 1;       ///< share of the page width
        bool numeric = false;   ///< right-aligned
        bool keepWhole = false; ///< a value never broken across lines (phone numbers, emails): the column widens
    };
    enum class RowKind
    {
        Data,
        Group, ///< a heading row spanning the table ("Pakistan — 12")
        Total, ///< drawn bold, with a rule above
    };
    struct Row
    {
        RowKind kind = RowKind::Data;
        QStringList cells; ///< one per column; a group row holds one cell
    };

    QList<Column> columns;
    QList<Row> rows;
    bool showHeader = true;
    bool keepTogether = false; ///< starts a new page rather than break (for short tables of fields)

    void addRow(const QStringList &cells) { rows.append(Row{RowKind::Data, cells}); }
    void addGroup(const QString &title) { rows.append(Row{RowKind::Group, {title}}); }
    void addTotal(const QStringList &cells) { rows.append(Row{RowKind::Total, cells}); }
};

} // namespace AllianceDesk
