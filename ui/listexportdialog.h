#pragma once

#include "listing/listdefinition.h"

#include <QString>

#include <optional>

class QWidget;

namespace AllianceDesk {

class MainWindow;

/**
 * File > Export List…: asks where and how (CSV for Excel, plain UTF-8 CSV or XLSX) and exports the list the main
 * window shows, with its search and network filter, on a worker thread with progress and cancel.
 */
class ListExportDialog
{
public:
    /// Exports what @p window shows.
    static void exportCurrentList(MainWindow *window);
    /// Exports @p kind (searched for @p search, of one network) from the database at @p databasePath.
    static void exportList(QWidget *parent, const QString &databasePath, ListKind kind, const QString &search,
                           std::optional<qint64> networkId);
};

} // namespace AllianceDesk
