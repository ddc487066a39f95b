#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QMenu;
class QPoint;

namespace AllianceDesk {

class MainWindow;

/**
 * Saved searches in the window: View > Save Search… (Ctrl+Shift+S) keeps the list as it is shown (its kind, search,
 * filters and sort) under a name; the navigator's context menu renames or deletes one. Each is one undoable edit.
 */
class SavedSearchActions : public QObject
{
    Q_OBJECT

public:
    /// Adds Save Search… to @p viewMenu and the context menu to the window's navigator.
    SavedSearchActions(MainWindow *window, QMenu *viewMenu);

    /// Asks for a name (offering the saved search shown, or one made from the list) and saves the list as shown.
    void saveSearchDialog();
    /**
     * Saves the list as shown as @p name — replacing the saved search of that name when @p replace, else refusing
     * it — and shows it in the navigator. Returns its id, or 0 when it was refused (said in a message box).
     */
    qint64 saveSearch(const QString &name, bool replace = false);
    void renameDialog(qint64 viewId);
    /// Renames saved search @p viewId; false when refused (said in a message box).
    bool rename(qint64 viewId, const QString &name);
    void deleteDialog(qint64 viewId);
    /// Deletes saved search @p viewId (the list it showed stays, unfiltered); false when it could not be deleted.
    bool remove(qint64 viewId);

private:
    void contextMenu(const QPoint &position);
    /// Runs @p edit as one undoable edit named @p text; false, said, when it failed.
    bool perform(const QString &title, const QString &text, const std::function<void(const QSqlDatabase &)> &edit);
    QString suggestedName() const;

    MainWindow *m_window;
};

} // namespace AllianceDesk
