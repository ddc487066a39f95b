#pragma once

#include "domain/supportgroup.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace AllianceDesk {

class DateEdit;

/// One meeting of a support group (date, topic, attendance, notes); SupportGroupForm saves it with the group.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MeetingDialog(const Meeting &meeting, QWidget *parent = nullptr);

    Meeting meeting() const;

private:
    Meeting m_meeting;
    DateEdit *m_date;
    QLineEdit *m_topic;
    QSpinBox *m_attendance;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

} // namespace AllianceDesk
