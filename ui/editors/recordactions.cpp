#include "recordactions.h"

#include "addtonetworkdialog.h"
#include "editorfactory.h"
#include "handoverdialog.h"
#include "historypanel.h"
#include "membershipform.h"
#include "membershipstatusdialog.h"
#include "recorddeleter.h"
#include "recordform.h"

#include "mainwindow.h"
#include "navigatormodel.h"
#include "recordtablemodel.h"

#include "util/error.h"

#include <QAction>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

/// The network selected in the navigator, if any.
std::optional<qint64> navigatorNetwork(MainWindow *window)
{
    if (!window->navigatorView()->model())
        return std::nullopt;
    const QVariant id = window->navigatorView()->currentIndex().data(NavigatorModel::NetworkIdRole);
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

} // namespace

RecordActions::RecordActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("&Record"), window))
    , m_new(new QAction(tr("&New Record…"), this))
    , m_edit(new QAction(tr("&Edit Record…"), this))
    , m_delete(new QAction(tr("&Delete Record…"), this))
    , m_changeStatus(new QAction(tr("Change &Status…"), this))
    , m_handover(new QAction(tr("&Hand Over Secretariat…"), this))
    , m_addToNetwork(new QAction(tr("&Add to Network…"), this))
    , m_history(new HistoryPanel(window))
{
    m_new->setShortcut(QKeySequence::New);
    m_edit->setShortcut(Qt::Key_F2);
    m_delete->setShortcut(QKeySequence::Delete);
    // Del deletes a record only from the table: in a text field it deletes a character.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_new, &QAction::triggered, this, &RecordActions::newRecord);
    connect(m_edit, &QAction::triggered, this, &RecordActions::editRecord);
    connect(m_delete, &QAction::triggered, this, &RecordActions::deleteRecord);
    connect(m_changeStatus, &QAction::triggered, this, &RecordActions::changeStatus);
    connect(m_handover, &QAction::triggered, this, &RecordActions::handOver);
    connect(m_addToNetwork, &QAction::triggered, this, &RecordActions::addToNetwork);

    m_menu->addAction(m_new);
    m_menu->addAction(m_edit);
    m_menu->addAction(m_delete);
    m_menu->addSeparator();
    m_menu->addAction(m_changeStatus);
    m_menu->addAction(m_handover);
    m_menu->addAction(m_addToNetwork);
    connect(m_menu, &QMenu::aboutToShow, this, &RecordActions::updateActions);

    // After the Edit menu.
    const QList<QAction *> menus = window->menuBar()->actions();
    QAction *before = menus.size() > 2 ? menus.at(2) : nullptr;
    window->menuBar()->insertMenu(before, m_menu);

    QTableView *table = window->tableView();
    table->addAction(m_new);
    table->addAction(m_edit);
    table->addAction(m_delete);
    table->addAction(m_changeStatus);
    table->addAction(m_addToNetwork);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(table, &QAbstractItemView::activated, this, &RecordActions::editRecord);

    window->addDockWidget(Qt::RightDockWidgetArea, m_history);
    m_history->hide();
    connect(m_history, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_history->reload();
    });
    connect(window, &MainWindow::recordSelected, this, &RecordActions::recordSelected);
    connect(window, &MainWindow::selectionChanged, this, &RecordActions::updateActions);
}

void RecordActions::addViewActions(QMenu *view)
{
    QAction *history = m_history->toggleViewAction();
    history->setText(tr("&History"));
    history->setShortcut(tr("Ctrl+Alt+H"));
    view->addAction(history);
}

std::optional<ListKind> RecordActions::currentKind() const
{
    if (!m_window->tableModel())
        return std::nullopt;
    return m_window->tableModel()->kind();
}

std::optional<qint64> RecordActions::currentId() const
{
    const QModelIndex current = m_window->tableView()->currentIndex();
    if (!m_window->tableModel() || !current.isValid())
        return std::nullopt;
    return m_window->tableModel()->recordId(current.row());
}

void RecordActions::recordSelected(ListKind kind, qint64 id)
{
    if (m_history->document() != m_window->document())
        m_history->setDocument(m_window->document());
    m_history->showRecord(kind, id);
    updateActions();
}

void RecordActions::updateActions()
{
    const bool open = m_window->document() != nullptr;
    const bool selected = open && currentId().has_value();
    // A file on a read-only medium is read: its records open in their forms, which say why a change cannot be saved.
    const bool writable = open && !m_window->document()->database().isReadOnly();
    m_new->setEnabled(writable && currentKind().has_value());
    // With several rows selected, Edit opens the current one; Delete, which cannot be taken back as easily as it is
    // pressed, waits until one record is selected.
    const bool several = m_window->selectedRowCount() > 1;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(writable && selected && !several);
    m_changeStatus->setEnabled(writable && selected && currentKind() == ListKind::Memberships);
    m_addToNetwork->setEnabled(writable && selected && currentKind() == ListKind::Organisations);
    m_handover->setEnabled(writable &&
                           (navigatorNetwork(m_window) || (selected && currentKind() == ListKind::Networks)));
}

void RecordActions::openForm(ListKind kind, qint64 id)
{
    // A form loads its record as it opens: a record deleted elsewhere, or a database that cannot be read now, is
    // said in words rather than thrown into the event loop.
    QDialog *form = nullptr;
    try {
        form = EditorFactory::createForm(m_window->document(), kind, id, m_window, navigatorNetwork(m_window));
    } catch (const Error &error) {
        m_window->reportProblem(tr("Cannot open the record"), error.message());
        return;
    }
    if (!form)
        return;
    form->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *recordForm = qobject_cast<RecordForm *>(form)) {
        // The record saved — a new one too — is the one selected and in view afterwards.
        connect(recordForm, &QDialog::accepted, m_window, [window = m_window, recordForm, kind] {
            if (recordForm->recordId())
                window->selectRecord(kind, recordForm->recordId());
        });
    }
    form->open();
}

void RecordActions::newRecord()
{
    if (m_window->document() && currentKind())
        openForm(*currentKind(), 0);
}

void RecordActions::editRecord()
{
    if (m_window->document() && currentKind() && currentId())
        openForm(*currentKind(), *currentId());
}

void RecordActions::deleteRecord()
{
    if (m_window->selectedRowCount() > 1)
        return;
    if (m_window->document() && currentKind() && currentId())
        RecordDeleter(m_window->document(), m_window).remove(*currentKind(), *currentId());
}

void RecordActions::changeStatus()
{
    if (!m_window->document() || currentKind() != ListKind::Memberships || !currentId())
        return;
    MembershipStatusDialog *dialog = nullptr;
    try {
        dialog = new MembershipStatusDialog(m_window->document(), *currentId(), m_window);
    } catch (const Error &error) {
        m_window->reportProblem(tr("Cannot open the record"), error.message());
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RecordActions::addToNetwork()
{
    // A membership of the organisation selected, the network the navigator shows (if any) chosen already.
    if (!m_window->document() || currentKind() != ListKind::Organisations || !currentId())
        return;
    if (const QList<qint64> selected = m_window->selectedRecordIds(); selected.size() > 1) {
        addSeveralToNetwork(selected);
        return;
    }
    MembershipForm *form = nullptr;
    try {
        form = new MembershipForm(m_window->document(), 0, m_window, navigatorNetwork(m_window), *currentId());
    } catch (const Error &error) {
        m_window->reportProblem(tr("Cannot open the record"), error.message());
        return;
    }
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->open();
}

void RecordActions::addSeveralToNetwork(const QList<qint64> &organisationIds)
{
    AddToNetworkDialog *dialog = nullptr;
    try {
        dialog = new AddToNetworkDialog(m_window->document(), organisationIds, m_window, navigatorNetwork(m_window));
    } catch (const Error &error) {
        m_window->reportProblem(tr("Cannot open the record"), error.message());
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_window, [window = m_window, dialog] {
        // Said in a box, not only in the status bar: those skipped are news the user may need to act on.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Add to Network"), dialog->resultText(),
                                    QMessageBox::Ok, window);
        box->setObjectName(u"addToNetworkResult"_s);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void RecordActions::handOver()
{
    std::optional<qint64> network = navigatorNetwork(m_window);
    if (currentKind() == ListKind::Networks && currentId())
        network = currentId();
    if (!m_window->document() || !network)
        return;
    HandoverDialog *dialog = nullptr;
    try {
        dialog = new HandoverDialog(m_window->document(), *network, m_window);
    } catch (const Error &error) {
        m_window->reportProblem(tr("Cannot open the record"), error.message());
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace AllianceDesk
