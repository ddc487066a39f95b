#pragma once

#include "listing/listdefinition.h"

#include <QDockWidget>
#include <QPointer>

#include "document/document.h"

#include <optional>

class QLabel;
class QTreeWidget;

namespace AllianceDesk {

class Document;

/// A dock showing the audit trail of the selected record: when, who, which field, old → new.
class HistoryPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    /// The document the history is read from (null: nothing shown).
    void setDocument(Document *document);
    Document *document() const { return m_document; }
    void showRecord(ListKind kind, qint64 id);
    void showNothing();
    /// Reads the history again (after an edit, an undo...).
    void reload();

    QTreeWidget *entries() const { return m_entries; }

private:
    QPointer<Document> m_document;
    std::optional<QPair<ListKind, qint64>> m_shown;
    QLabel *m_title;
    QTreeWidget *m_entries;
};

} // namespace AllianceDesk
