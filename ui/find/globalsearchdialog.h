#pragma once

#include "listing/listdefinition.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace AllianceDesk {

/**
 * The global search popup (Ctrl+K, Ctrl+F): searches every kind of record as the user types and shows the results
 * grouped by kind. Up and Down move through the results, Enter opens the current one, Esc closes.
 */
class GlobalSearchDialog : public QDialog
{
    Q_OBJECT

public:
    /// How many records of each kind are shown.
    static constexpr int resultsPerKind = 6;
    /// Qt::UserRole on a result item: the record's ListKind (as int); UserRole + 1: its id.
    static constexpr int KindRole = Qt::UserRole;
    static constexpr int RecordIdRole = Qt::UserRole + 1;

    explicit GlobalSearchDialog(QWidget *parent = nullptr);

    /// Where the dialog finds the open database each time it searches (an invalid one when none is open).
    void setConnectionProvider(std::function<QSqlDatabase()> provider);

    /// Shows the dialog with the previous query selected, ready for typing.
    void open() override;

    /// The search index caught up: results shown as incomplete are looked for again.
    void indexCaughtUp();

    QLineEdit *queryField() const { return m_query; }
    QTreeWidget *resultsView() const { return m_results; }

signals:
    /// The user chose a record (Enter, or a click).
    void recordChosen(AllianceDesk::ListKind kind, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void moveCurrent(int step);
    void choose(QTreeWidgetItem *item);

    std::function<QSqlDatabase()> m_connection;
    QLineEdit *m_query = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    bool m_incomplete = false; ///< the results shown were searched while records waited to be indexed
};

} // namespace AllianceDesk
