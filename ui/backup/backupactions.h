#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

namespace AllianceDesk {

class MainWindow;

/**
 * The window's backups: File > Back Up… and File > Restore from a Backup…, and the day's automatic backup when a
 * file is opened — each on a worker with its own connection, so that the window stays usable.
 */
class BackupActions : public QObject
{
    Q_OBJECT

public:
    explicit BackupActions(MainWindow *window);
    ~BackupActions() override;

    /// Makes the day's automatic backup of the open database on a worker when none was made today.
    void startDaily();
    /// Writes a consistent copy of the open database to @p path (refused when it exists); false, said, on failure.
    bool backUpTo(const QString &path);
    void backUpDialog();
    void restoreDialog();

signals:
    /// The day's automatic backup was made, or was not due, or failed (said in the status bar).
    void dailyFinished();

private:
    /// The open database's file; empty when none is open.
    QString databasePath() const;

    MainWindow *m_window;
    QPointer<QThread> m_daily;
};

} // namespace AllianceDesk
