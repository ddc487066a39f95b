#pragma once

#include "recordform.h"

#include "storage/membershiprepository.h"

#include <QList>

#include <optional>

class QDateEdit;
class QLabel;

namespace AllianceDesk {

class RecordPicker;
class VocabularyComboBox;

/**
 * Adds several organisations to one network at once (Record › Add to Network… with more than one organisation
 * selected): one network, status, role and joining date for all, saved as one undoable step. Organisations that are
 * members of the network already (whatever their status) are skipped and keep their membership as it is.
 */
class AddToNetworkDialog : public RecordForm
{
    Q_OBJECT

public:
    AddToNetworkDialog(Document *document, const QList<qint64> &organisationIds, QWidget *parent = nullptr,
                       std::optional<qint64> networkId = std::nullopt);

    /// The memberships each organisation would get (its organisation id left 0).
    Membership details() const;
    /// What the save did (empty before it).
    const MembershipRepository::BatchResult &result() const { return m_result; }
    /// What the save did, in words for the user: how many were added, and which were skipped.
    QString resultText() const;

protected:
    QString problem() const override;
    void write(const QSqlDatabase &db, RowWriter::OnConflict onConflict) override;
    QString commandText() const override;
    void reload() override {}

private:
    QString organisationName(qint64 id) const;

    QList<qint64> m_organisations;
    MembershipRepository::BatchResult m_result;
    QString m_networkName; ///< of the network saved to
    RecordPicker *m_network;
    VocabularyComboBox *m_status;
    VocabularyComboBox *m_role;
    QDateEdit *m_joined;
};

} // namespace AllianceDesk
