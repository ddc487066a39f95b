#pragma once

#include <QDialog>
#include <QList>
#include <QTableWidget>

namespace AllianceDesk::ChildRows {

/// Helpers for the rows a form edits with their record (reach reports, meetings, participants), kept in a QList
/// shown in a QTableWidget row for row.

/**
 * Edits row @p row of @p rows with a @p Dialog (constructed from the row and @p parent; @p result reads the edited
 * row back), or adds a row when @p row is out of range. Returns true when the user accepted.
 */
template<typename Dialog, typename Row>
bool edit(QList<Row> &rows, int row, QWidget *parent, Row (Dialog::*result)() const)
{
    const bool adding = row < 0 || row >= rows.size();
    Dialog dialog(adding ? Row() : rows.at(row), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (adding)
        rows << (dialog.*result)();
    else
        rows[row] = (dialog.*result)();
    return true;
}

/// The index of the row selected in @p table, or -1 when none of @p rowCount is.
inline int selected(const QTableWidget *table, qsizetype rowCount)
{
    const int row = table->currentRow();
    return row >= 0 && row < rowCount ? row : -1;
}

} // namespace AllianceDesk::ChildRows
