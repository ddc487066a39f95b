#pragma once

#include "listing/listdefinition.h"
#include "storage/recordremover.h"

#include <QString>

#include <functional>

class QWidget;

namespace AllianceDesk {

class Document;

/**
 * Deletes the record of a list after showing the user what depends on it ("3 memberships (deleted with it)").
 * Nothing cascades silently: with dependents, the user chooses to delete them too or to cancel.
 */
class RecordDeleter
{
public:
    /// Asks the user; true to go on. @p withDependents: the answer deletes the dependents too. Replaced in tests.
    using Confirmer = std::function<bool(QWidget *parent, const QString &question, bool withDependents)>;
    static void setConfirmer(Confirmer confirmer);
    static bool askUser(QWidget *parent, const QString &question, bool withDependents);

    RecordDeleter(Document *document, QWidget *parent);

    /// The question shown for deleting record @p id of @p kind, naming the record and its dependents.
    QString question(ListKind kind, qint64 id) const;
    /// Asks, then deletes as one undoable command; true when deleted. Errors are shown in a message box.
    bool remove(ListKind kind, qint64 id);
    /// The last error message (also shown to the user), for tests.
    QString lastError() const { return m_lastError; }

private:
    QString describe(ListKind kind, qint64 id) const;

    Document *m_document;
    QWidget *m_parent;
    QString m_lastError;
};

} // namespace AllianceDesk
