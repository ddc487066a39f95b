#include "find/savedsearchactions.h"

#include "mainwindow.h"
#include "navigatormodel.h"
#include "recordtablemodel.h"

#include "listing/savedviewrepository.h"
#include "util/countrycatalog.h"
#include "util/error.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

SavedSearchActions::SavedSearchActions(MainWindow *window, QMenu *viewMenu)
    : QObject(window)
    , m_window(window)
{
    viewMenu->addSeparator();
    QAction *save = viewMenu->addAction(tr("Save &Search…"), this, &SavedSearchActions::saveSearchDialog);
    save->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    save->setStatusTip(tr("Keep this list, its search, filters and sort under a name in the navigator"));

    QTreeView *navigator = window->navigatorView();
    navigator->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(navigator, &QWidget::customContextMenuRequested, this, &SavedSearchActions::contextMenu);
}

void SavedSearchActions::contextMenu(const QPoint &position)
{
    const QModelIndex index = m_window->navigatorView()->indexAt(position);
    const QVariant viewId = index.data(NavigatorModel::SavedViewIdRole);
    if (!viewId.isValid())
        return;
    const qint64 id = viewId.toLongLong();
    QMenu menu;
    menu.addAction(tr("&Rename…"), this, [this, id] { renameDialog(id); });
    menu.addAction(tr("&Delete"), this, [this, id] { deleteDialog(id); });
    menu.exec(m_window->navigatorView()->viewport()->mapToGlobal(position));
}

QString SavedSearchActions::suggestedName() const
{
    if (const std::optional<qint64> shown = m_window->savedViewShown()) {
        if (const QModelIndex index = m_window->navigatorModel()->indexForSavedView(*shown); index.isValid())
            return index.data().toString();
    }
    // The list, then what narrows it, in words: "Memberships, lapsed, Pakistan".
    const SavedView state = m_window->listState();
    const ListDefinition &definition = listDefinition(state.kind);
    QStringList parts{definition.translatedTitle()};
    const QModelIndex current = m_window->navigatorView()->currentIndex();
    if (current.data(NavigatorModel::NetworkIdRole).isValid())
        parts << current.data().toString();
    for (const auto &[key, value] : state.filters) {
        const int index = definition.columnIndex(key);
        if (index < 0)
            continue;
        const ListColumn &column = definition.columns.at(index);
        if (column.type == ListColumn::Type::Code)
            parts << Vocabulary::label(column.vocabulary, value.toString());
        else if (column.type == ListColumn::Type::Country)
            parts << CountryCatalog::instance().displayName(value.toString());
    }
    if (!state.search.isEmpty())
        parts << u"“%1”"_s.arg(state.search);
    return parts.join(u", "_s);
}

void SavedSearchActions::saveSearchDialog()
{
    if (!m_window->document() || !m_window->tableModel())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("Save Search"),
        tr("Keep this list as it is shown, with its search, filters and sort,\nunder Saved Searches in the "
           "navigator as:"),
        QLineEdit::Normal, suggestedName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    bool replace = false;
    try {
        if (const auto existing = SavedViewRepository(m_window->document()->connection()).find(name)) {
            const auto answer =
                QMessageBox::question(m_window, tr("Save Search"),
                                      tr("There is already a saved search called “%1”. Replace what it keeps with "
                                         "this list?")
                                          .arg(existing->name));
            if (answer != QMessageBox::Yes)
                return;
            replace = true;
        }
    } catch (const Error &error) {
        QMessageBox::warning(m_window, tr("Save Search"), error.message());
        return;
    }
    saveSearch(name, replace);
}

qint64 SavedSearchActions::saveSearch(const QString &name, bool replace)
{
    if (!m_window->document() || !m_window->tableModel())
        return 0;
    SavedView view = m_window->listState();
    view.name = name.trimmed();
    qint64 id = 0;
    const bool saved = perform(tr("Save Search"), tr("Save Search “%1”").arg(view.name),
                               [&view, &id, replace](const QSqlDatabase &db) {
                                   SavedViewRepository views(db);
                                   const std::optional<SavedView> existing = views.find(view.name);
                                   if (existing && replace) {
                                       view.id = existing->id;
                                       views.replace(view);
                                       id = existing->id;
                                   } else {
                                       id = views.add(view);
                                   }
                               });
    if (!saved)
        return 0;
    m_window->showSavedView(id);
    return id;
}

void SavedSearchActions::renameDialog(qint64 viewId)
{
    const QModelIndex index = m_window->navigatorModel()->indexForSavedView(viewId);
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename Saved Search"), tr("New name:"), QLineEdit::Normal,
                                               index.data().toString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        rename(viewId, name);
}

bool SavedSearchActions::rename(qint64 viewId, const QString &name)
{
    return perform(tr("Rename Saved Search"), tr("Rename Saved Search “%1”").arg(name.trimmed()),
                   [viewId, name](const QSqlDatabase &db) { SavedViewRepository(db).rename(viewId, name); });
}

void SavedSearchActions::deleteDialog(qint64 viewId)
{
    const QString name = m_window->navigatorModel()->indexForSavedView(viewId).data().toString();
    const auto answer =
        QMessageBox::question(m_window, tr("Delete Saved Search"),
                              tr("Delete the saved search “%1”? The records it lists are not changed.").arg(name));
    if (answer == QMessageBox::Yes)
        remove(viewId);
}

bool SavedSearchActions::remove(qint64 viewId)
{
    const QString name = m_window->navigatorModel()->indexForSavedView(viewId).data().toString();
    // The list it showed stays, without its filters.
    if (m_window->savedViewShown() == viewId && m_window->tableModel())
        m_window->showList(m_window->tableModel()->kind());
    return perform(tr("Delete Saved Search"), tr("Delete Saved Search “%1”").arg(name),
                   [viewId](const QSqlDatabase &db) { SavedViewRepository(db).remove(viewId); });
}

bool SavedSearchActions::perform(const QString &title, const QString &text,
                                 const std::function<void(const QSqlDatabase &)> &edit)
{
    try {
        m_window->document()->perform(text, edit);
        return true;
    } catch (const Error &error) {
        QMessageBox box(QMessageBox::Warning, title, error.message(), QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
}

} // namespace AllianceDesk
