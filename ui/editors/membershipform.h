#pragma once

#include "recordform.h"

#include "domain/membership.h"

class QLabel;
class QPlainTextEdit;

namespace AllianceDesk {

class DateEdit;

class OptionalDateEdit;
class RecordPicker;
class VocabularyComboBox;

/**
 * Adds a membership (organisation, network, initial status and date) or edits its details (role, code-of-conduct
 * date, notes). The status changes only through "Change status…", which appends to the history.
 */
class MembershipForm : public RecordForm
{
    Q_OBJECT

public:
    /// A new membership (@p id 0) can start with its network or its organisation chosen.
    MembershipForm(Document *document, qint64 id = 0, QWidget *parent = nullptr,
                   std::optional<qint64> networkId = std::nullopt, std::optional<qint64> organisationId = std::nullopt);

    Membership membership() const;

protected:
    QString problem() const override;
    void write(const QSqlDatabase &db, RowWriter::OnConflict onConflict) override;
    QString commandText() const override;
    void reload() override;

private:
    void load(const Membership &membership);
    void changeStatus();

    Membership m_loaded;
    RecordPicker *m_organisation = nullptr;
    RecordPicker *m_network = nullptr;
    VocabularyComboBox *m_status = nullptr;
    DateEdit *m_since = nullptr;
    QLabel *m_statusLabel = nullptr;
    VocabularyComboBox *m_role;
    OptionalDateEdit *m_codeOfConduct;
    QPlainTextEdit *m_notes;
};

} // namespace AllianceDesk
