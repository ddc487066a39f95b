#pragma once

#include "listing/listdefinition.h"

#include <QSqlDatabase>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace AllianceDesk {

class RecordPicker;

/// Several records of a list (a program's partner organisations): a searching picker, Add, and the chosen ones.
class RecordListEdit : public QWidget
{
    Q_OBJECT

public:
    RecordListEdit(QSqlDatabase db, ListKind kind, QWidget *parent = nullptr);

    QList<qint64> recordIds() const;
    /// Shows the records @p ids by name (read one by one: a program has a handful of partners).
    void setRecordIds(const QList<qint64> &ids);
    RecordPicker *picker() const { return m_picker; }
    QListWidget *list() const { return m_list; }
    /// Adds the record chosen in the picker (the "Add" button).
    void addChosen();
    void removeCurrent();

signals:
    void recordsChanged();

private:
    void addRecord(qint64 id, const QString &name);
    void updateButtons();

    QSqlDatabase m_db;
    ListKind m_kind;
    RecordPicker *m_picker;
    QPushButton *m_add;
    QListWidget *m_list;
    QPushButton *m_remove;
};

} // namespace AllianceDesk
