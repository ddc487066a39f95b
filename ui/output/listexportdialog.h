#pragma once

#include "export/listexporter.h"
#include "listing/listdefinition.h"
#include "listing/savedview.h"

#include <QDialog>
#include <QHash>
#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QWidget;

namespace AllianceDesk {

class MainWindow;

/**
 * File > Export List…: asks how (CSV for Excel, plain UTF-8 CSV or XLSX; titles and labels for people or keys and
 * codes for other programs; the CSV's separator), then where, and exports the list the main window shows, with its
 * search, filters (the navigator's network, a saved search's) and sort, on a worker thread with progress and cancel.
 * The choices are remembered (QSettings); the first time, the separator is the one Excel expects in the user's locale.
 */
class ListExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ListExportDialog(ListKind kind, QWidget *parent = nullptr);

    /// What the dialog shows chosen.
    ListExporter::Options options() const;
    /// Remembers the choices, then closes.
    void accept() override;

    /// Exports what @p window shows.
    static void exportCurrentList(MainWindow *window);
    /// Exports the list @p state describes (its kind, search, filters and sort) from the database at @p databasePath.
    static void exportList(QWidget *parent, const QString &databasePath, const SavedView &state);

private:
    void showDelimiterOf(ListExporter::Values values);
    void updateEnabled();
    ListExporter::Values values() const;

    QComboBox *m_format = nullptr;
    QComboBox *m_values = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_delimiterNote = nullptr;
    QLabel *m_valuesNote = nullptr;
    /// The separator chosen for each form of values (labels, codes), as it is shown and will be remembered.
    QHash<int, QChar> m_delimiters;
};

} // namespace AllianceDesk
