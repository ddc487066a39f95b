#include "backup/restoredialog.h"

#include "storage/backupstore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString kindLabel(BackupStore::Kind kind)
{
    switch (kind) {
    case BackupStore::Kind::Daily:
        return RestoreDialog::tr("Daily");
    case BackupStore::Kind::BeforeImport:
        return RestoreDialog::tr("Before an import");
    case BackupStore::Kind::BeforeMigration:
        return RestoreDialog::tr("Before an upgrade of the data format");
    case BackupStore::Kind::BeforeRestore:
        return RestoreDialog::tr("Before a restore");
    }
    return {};
}

} // namespace

RestoreDialog::RestoreDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Restore from a Backup"));
    const BackupStore store(databasePath);
    auto *intro = new QLabel(tr("Choose the backup whose data should replace the data in “%1”. The data it holds now "
                                "is backed up first, so a restore can itself be undone by restoring that backup.")
                                 .arg(QFileInfo(databasePath).fileName()),
                             this);
    intro->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Why"), tr("Size")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QLocale locale;
    for (const BackupStore::Backup &backup : store.list()) {
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(backup.made.toLocalTime(), QLocale::ShortFormat),
                                                  kindLabel(backup.kind), locale.formattedDataSize(backup.size)});
        item->setData(0, Qt::UserRole, backup.path);
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
    }
    auto *empty = new QLabel(tr("AllianceDesk has made no backup of this database yet (it makes one each day it is "
                                "used, and before imports and upgrades). Choose a backup file instead."),
                             this);
    empty->setWordWrap(true);
    empty->setVisible(m_list->topLevelItemCount() == 0);
    m_list->setVisible(m_list->topLevelItemCount() > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    QPushButton *other = buttons->addButton(tr("Choose a &File…"), QDialogButtonBox::ActionRole);
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RestoreDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_restore->setEnabled(current != nullptr); });
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(m_list->currentItem() != nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(620, 380);
}

void RestoreDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Restore from a Backup File"), BackupStore(m_databasePath).folder(),
                                     tr("AllianceDesk databases (*.alliancedesk);;All files (*)"));
    if (path.isEmpty())
        return;
    m_chosen = path;
    QDialog::accept();
}

void RestoreDialog::accept()
{
    if (m_chosen.isEmpty()) {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        m_chosen = item->data(0, Qt::UserRole).toString();
    }
    QDialog::accept();
}

} // namespace AllianceDesk
