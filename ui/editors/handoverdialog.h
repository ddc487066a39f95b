#pragma once

#include "recordform.h"

#include "domain/secretariatterm.h"

class QDateEdit;
class QLabel;
class QLineEdit;

namespace AllianceDesk {

class RecordPicker;

/// Hands a network's secretariat over in one step: the current term ends the day before the new host starts.
class HandoverDialog : public RecordForm
{
    Q_OBJECT

public:
    HandoverDialog(Document *document, qint64 networkId, QWidget *parent = nullptr);

protected:
    QString problem() const override;
    void write(const QSqlDatabase &db, RowWriter::OnConflict onConflict) override;
    QString commandText() const override;
    void reload() override;

private:
    qint64 m_networkId;
    QString m_networkName;
    SecretariatTerm m_current; ///< id 0 when no organisation hosts it now
    QLabel *m_currentLabel;
    RecordPicker *m_host;
    QDateEdit *m_date;
    QLineEdit *m_notes;
};

} // namespace AllianceDesk
