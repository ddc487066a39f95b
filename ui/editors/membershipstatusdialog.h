#pragma once

#include "recordform.h"

#include "domain/membership.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace AllianceDesk {

class VocabularyComboBox;

/// Appends a status change (status, date, reason) to a membership's history, which it shows above.
class MembershipStatusDialog : public RecordForm
{
    Q_OBJECT

public:
    MembershipStatusDialog(Document *document, qint64 membershipId, QWidget *parent = nullptr);

    MembershipStatusChange change() const;

protected:
    QString problem() const override;
    void write(const QSqlDatabase &db, RowWriter::OnConflict onConflict) override;
    QString commandText() const override;
    void reload() override;

private:
    Membership m_membership;
    QLabel *m_title;
    QTreeWidget *m_history;
    VocabularyComboBox *m_status;
    QDateEdit *m_date;
    QLineEdit *m_reason;
};

} // namespace AllianceDesk
