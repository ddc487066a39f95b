#pragma once

#include "listing/listdefinition.h"
#include "storage/datachange.h"

#include <QSqlDatabase>
#include <QTextBrowser>

#include <optional>

namespace AllianceDesk {

/// The right-hand pane: the details of the selected record or network, read-only.
class DetailPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    /// The database the records are read from; clears the pane.
    void setDatabase(QSqlDatabase db);

    void showRecord(ListKind kind, qint64 id);
    void showNetwork(qint64 id) { showRecord(ListKind::Networks, id); }
    /// Shows nothing (and forgets the record shown).
    void showNothing();
    /// Reads the record shown again, after the database changed.
    void reload();
    /// Whether @p change can alter what the pane shows (the record, or the records it lists with it).
    bool showsChange(const DataChange &change) const;

private:
    QSqlDatabase m_db;
    std::optional<QPair<ListKind, qint64>> m_shown;
};

} // namespace AllianceDesk
