#pragma once

#include <QDialog>
#include <QList>
#include <QTableWidget>

#include <algorithm>

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

/**
 * Saves the rows a form edited with its record: removes the loaded rows that are gone (first, so that a value a
 * removal frees — a participant's code — can be given again), adds the new ones (id 0) and updates those that
 * @p changed says differ from how they were loaded.
 */
template<typename Row, typename Add, typename Update, typename Remove, typename Changed>
void write(const QList<Row> &loaded, const QList<Row> &edited, Add add, Update update, Remove remove, Changed changed)
{
    for (const Row &before : loaded) {
        if (std::none_of(edited.cbegin(), edited.cend(), [&before](const Row &row) { return row.id == before.id; }))
            remove(before.id);
    }
    for (const Row &row : edited) {
        if (row.id == 0) {
            add(row);
            continue;
        }
        const auto before =
            std::find_if(loaded.cbegin(), loaded.cend(), [&row](const Row &old) { return old.id == row.id; });
        if (before != loaded.cend() && changed(*before, row))
            update(row);
    }
}

} // namespace AllianceDesk::ChildRows
