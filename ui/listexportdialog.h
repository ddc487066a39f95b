#pragma once

#include "listing/savedview.h"

#include <QString>

class QWidget;

namespace AllianceDesk {

class MainWindow;

/**
 * File > Export List…: asks where and how (CSV for Excel, plain UTF-8 CSV or XLSX) and exports the list the main
 * window shows, with its search, filters (the navigator's network, a saved search's) and sort, on a worker thread
 * with progress and cancel.
 */
class ListExportDialog
{
public:
    /// Exports what @p window shows.
    static void exportCurrentList(MainWindow *window);
    /// Exports the list @p state describes (its kind, search, filters and sort) from the database at @p databasePath.
    static void exportList(QWidget *parent, const QString &databasePath, const SavedView &state);
};

} // namespace AllianceDesk
