#pragma once

#include "recordform.h"

#include "domain/program.h"

#include <optional>

class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace AllianceDesk {

class CheckList;
class OptionalDateEdit;
class PlaceTable;
class RecordListEdit;
class RecordPicker;
class VocabularyComboBox;

/**
 * Adds or edits a program: names, network, lead organisation and partners, themes, approach, socio-ecological
 * levels, places, dates, description, and its reach reports. All of it is saved as one undoable command.
 */
class ProgramForm : public RecordForm
{
    Q_OBJECT

public:
    /// @p id 0 adds a new program (under @p networkId when given).
    ProgramForm(Document *document, qint64 id = 0, QWidget *parent = nullptr,
                std::optional<qint64> networkId = std::nullopt);

    Program program() const;
    QList<ReachReport> reachReports() const { return m_reach; }
    /// Adds a reach report as the "Add…" button does once its dialog is accepted (for tests).
    void addReachReport(const ReachReport &report);

protected:
    QString problem() const override;
    void write(const QSqlDatabase &db, RowWriter::OnConflict onConflict) override;
    QString commandText() const override;
    void reload() override;

private:
    QWidget *reachSection();
    void load(const Program &program, const QList<ReachReport> &reach);
    void showReach();
    void editReach(int row);
    void removeReach();

    Program m_loaded;
    QList<ReachReport> m_loadedReach;
    QList<ReachReport> m_reach;
    QLineEdit *m_name;
    QLineEdit *m_nativeName;
    QLineEdit *m_acronym;
    RecordPicker *m_network;
    RecordPicker *m_lead;
    RecordListEdit *m_partners;
    QLineEdit *m_themes;
    VocabularyComboBox *m_approach;
    CheckList *m_levels;
    PlaceTable *m_places;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_end;
    QPlainTextEdit *m_description;
    QTableWidget *m_reachTable;
};

} // namespace AllianceDesk
