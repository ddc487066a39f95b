#pragma once

#include "domain/supportgroup.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace AllianceDesk {

class OptionalDateEdit;

/**
 * A new support-group participant: a pseudonymous code (required, unique in the group) and when they joined. The
 * identity field stays hidden until the user deliberately ticks "Record identity…", which warns that participants
 * are at risk.
 */
class ParticipantDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p usedCodes: the codes the group already has.
    explicit ParticipantDialog(const QStringList &usedCodes, QWidget *parent = nullptr);

    Participant participant() const;

    /**
     * The code that follows the group's codes: the highest number of their commonest pattern, plus one, with the same
     * prefix and width ("KP-0123" after "KP-0122"); "P-001" for a group without one.
     */
    static QString nextCode(const QStringList &usedCodes);

private:
    void revalidate();

    QStringList m_usedCodes;
    QLineEdit *m_code;
    OptionalDateEdit *m_joined;
    QCheckBox *m_recordIdentity;
    QLabel *m_warning;
    QLineEdit *m_identity;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace AllianceDesk
