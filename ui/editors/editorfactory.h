#pragma once

#include "listing/listdefinition.h"

#include <optional>

class QDialog;
class QWidget;

namespace AllianceDesk {

class Document;

/// Which form edits which kind of record, and in which table a kind of record lives.
class EditorFactory
{
public:
    /// The table of @p kind ("organisations"), as the audit trail and RecordRemover name it.
    static QString tableName(ListKind kind);
    /// What one record of @p kind is called, in the UI language ("organisation").
    static QString recordNoun(ListKind kind);
    /// The form that adds (@p id 0) or edits record @p id of @p kind; null when the kind has none.
    /// @p networkId: the network selected in the navigator, the natural default for a new record.
    static QDialog *createForm(Document *document, ListKind kind, qint64 id, QWidget *parent,
                               std::optional<qint64> networkId = std::nullopt);
};

} // namespace AllianceDesk
