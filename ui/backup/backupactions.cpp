#include "backup/backupactions.h"

#include "backgroundtask.h"
#include "mainwindow.h"
#include "backup/restoredialog.h"

#include "storage/backupstore.h"
#include "storage/databasebackup.h"
#include "util/error.h"
#include "util/operationcancelled.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

void showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace

BackupActions::BackupActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{}

QString BackupActions::databasePath() const
{
    const Database *database = m_window->database();
    return database ? database->path() : QString();
}

BackupActions::~BackupActions()
{
    if (m_daily)
        m_daily->wait(); // the day's backup is written whole before its database closes
}

void BackupActions::startDaily()
{
    // The first opening of the day keeps a copy of the data as it was (File > Restore from a Backup lists them),
    // made on a worker with its own connection: the window is usable at once.
    if (m_daily)
        return;
    const QString path = databasePath();
    if (path.isEmpty())
        return;
    auto failure = std::make_shared<QString>();
    m_daily = QThread::create([path, failure] {
        try {
            const std::unique_ptr<Database> database = Database::open(path);
            BackupStore(path).makeDailyIfDue(*database);
        } catch (const Error &error) {
            *failure = error.message();
        }
    });
    connect(m_daily, &QThread::finished, this, [this, failure] {
        if (!failure->isEmpty())
            m_window->statusBar()->showMessage(tr("Today's automatic backup could not be made: %1").arg(*failure));
        emit dailyFinished();
    });
    connect(m_daily, &QThread::finished, m_daily, &QObject::deleteLater);
    m_daily->start(QThread::LowPriority);
}

void BackupActions::backUpDialog()
{
    if (databasePath().isEmpty())
        return;
    const QFileInfo current(databasePath());
    const QString suggested = current.dir().filePath(
        u"%1 backup %2.alliancedesk"_s.arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Back Up Database"), suggested,
                                                MainWindow::tr(MainWindow::fileFilter), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".alliancedesk"_s;
    if (backUpTo(path))
        m_window->statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

bool BackupActions::backUpTo(const QString &path)
{
    const QString databasePath = this->databasePath();
    if (databasePath.isEmpty())
        return false;
    QString error;
    // The copy is made on a worker with its own connection (one snapshot, other writers go on), with progress and
    // Cancel; a cancelled backup leaves no file.
    const auto outcome = BackgroundTask::run(
        m_window, tr("Backing up the database…"),
        [databasePath, path](const BackgroundTask::Progress &progress) {
            const std::unique_ptr<Database> source = Database::open(databasePath);
            if (!DatabaseBackup::write(source->connection(), path, progress))
                throw OperationCancelled(tr("The backup was cancelled."));
        },
        &error);
    switch (outcome) {
    case BackgroundTask::Outcome::Done:
        return true;
    case BackgroundTask::Outcome::Cancelled:
        m_window->statusBar()->showMessage(tr("The backup was cancelled; no file was written."), 8000);
        return false;
    case BackgroundTask::Outcome::Failed:
        showError(m_window, tr("Back Up Database"), error);
        return false;
    }
    return false;
}

void BackupActions::restoreDialog()
{
    const QString databasePath = this->databasePath();
    if (databasePath.isEmpty())
        return;
    RestoreDialog dialog(databasePath, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString backup = dialog.chosenPath();
    const auto answer = QMessageBox::question(
        m_window, tr("Restore from a Backup"),
        tr("Replace all the data in “%1” with the data of the backup “%2”?\n\nThe data it holds now is backed up "
           "first. "
           "Other windows on this file will show the restored data; the undo history of this window is cleared.")
            .arg(QFileInfo(databasePath).fileName(), QFileInfo(backup).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    // On a worker with its own connection, like every long write; the restore is one step that cannot be stopped
    // half-way (SQLite commits it whole or not at all).
    const auto outcome = BackgroundTask::run(
        m_window, tr("Restoring the database…"),
        [databasePath, backup](const BackgroundTask::Progress &) {
            const std::unique_ptr<Database> target = Database::open(databasePath);
            target->restoreFrom(backup);
        },
        &error);
    if (outcome == BackgroundTask::Outcome::Failed) {
        showError(m_window, tr("Restore from a Backup"), error);
        return;
    }
    // Opened again: the undo history and every model refer to the data as it was before.
    if (m_window->openDatabase(databasePath)) {
        m_window->statusBar()->showMessage(
            tr("Restored from %1; the data it replaced was backed up first.").arg(QDir::toNativeSeparators(backup)),
            15000);
    }
}

} // namespace AllianceDesk
