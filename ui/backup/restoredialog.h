#pragma once

#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace AllianceDesk {

/**
 * File → Restore…: the backups AllianceDesk made of the open database (daily, before imports, migrations and
 * restores), newest first, and another backup file to choose; the caller restores the one chosen.
 */
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString &databasePath, QWidget *parent = nullptr);

    /// The backup chosen, once the dialog was accepted.
    QString chosenPath() const { return m_chosen; }

    /// Restore: the backup selected in the list, unless a file was chosen.
    void accept() override;

private:
    void chooseFile();

    QString m_databasePath;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QString m_chosen;
};

} // namespace AllianceDesk
