#pragma once

#include "recordform.h"

#include "domain/concern.h"

class QPlainTextEdit;
class QPushButton;

namespace AllianceDesk {

class OptionalDateEdit;
class RecordPicker;
class VocabularyComboBox;

/**
 * A conduct concern through its workflow (received → under review → resolved or dismissed): the status offers only
 * the allowed moves; the confidential notes stay hidden until the user clicks "Show confidential notes".
 */
class ConcernForm : public RecordForm
{
    Q_OBJECT

public:
    ConcernForm(Document *document, qint64 id = 0, QWidget *parent = nullptr,
                std::optional<qint64> networkId = std::nullopt);

    Concern concern() const;

protected:
    QString problem() const override;
    void write(const QSqlDatabase &db, RowWriter::OnConflict onConflict) override;
    QString commandText() const override;
    void reload() override;

private:
    void load(const Concern &concern);
    void showNotes();

    Concern m_loaded;
    RecordPicker *m_organisation;
    RecordPicker *m_network;
    OptionalDateEdit *m_received;
    VocabularyComboBox *m_category;
    VocabularyComboBox *m_status;
    OptionalDateEdit *m_closed;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_actions;
    QPushButton *m_showNotes;
    QPlainTextEdit *m_notes;
};

} // namespace AllianceDesk
