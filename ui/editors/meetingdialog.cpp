#include "meetingdialog.h"

#include "dateedit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

MeetingDialog::MeetingDialog(const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_meeting(meeting)
    , m_date(new DateEdit(meeting.date.isValid() ? meeting.date : QDate::currentDate()))
    , m_topic(new QLineEdit(meeting.topic))
    , m_attendance(new QSpinBox)
    , m_notes(new QPlainTextEdit(meeting.notes))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Meeting"));
    m_date->setObjectName(u"date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setFutureQuestion(tr("A meeting is recorded once it has taken place: keep this date?"));
    m_topic->setObjectName(u"topic"_s);
    m_attendance->setObjectName(u"attendance"_s);
    // Attendance is a head count: it cannot be negative.
    m_attendance->setRange(0, 100'000);
    m_attendance->setValue(meeting.attendance);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Attendance:"), m_attendance);
    form->addRow(tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_date->confirmDate())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_date->setFocus();
}

Meeting MeetingDialog::meeting() const
{
    Meeting result = m_meeting;
    result.date = m_date->date();
    result.topic = m_topic->text().trimmed();
    result.attendance = m_attendance->value();
    result.notes = m_notes->toPlainText();
    return result;
}

} // namespace AllianceDesk
