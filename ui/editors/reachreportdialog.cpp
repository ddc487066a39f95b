#include "reachreportdialog.h"

#include "domain/validation.h"

#include "dateedit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QDateEdit *dateEdit(const QString &objectName, const QDate &date)
{
    auto *edit = new DateEdit(date.isValid() ? date : QDate::currentDate());
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    return edit;
}
} // namespace

QSpinBox *ReachReportDialog::countBox(const QString &objectName)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    // -1, the minimum, stands for "not reported": a count can never be negative.
    box->setRange(-1, 100'000'000);
    box->setSpecialValueText(tr("not reported"));
    box->setValue(-1);
    box->setGroupSeparatorShown(true);
    return box;
}

std::optional<int> ReachReportDialog::count(const QSpinBox *box)
{
    return box->value() < 0 ? std::nullopt : std::optional<int>(box->value());
}

void ReachReportDialog::setCount(QSpinBox *box, std::optional<int> value)
{
    box->setValue(value.value_or(-1));
}

ReachReportDialog::ReachReportDialog(const ReachReport &report, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_start(dateEdit(u"periodStart"_s, report.periodStart))
    , m_end(dateEdit(u"periodEnd"_s, report.periodEnd))
    , m_villages(countBox(u"villages"_s))
    , m_districts(countBox(u"districts"_s))
    , m_institutions(countBox(u"institutions"_s))
    , m_participants(countBox(u"participants"_s))
    , m_note(new QLineEdit(report.note))
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Reach Report"));
    m_note->setObjectName(u"note"_s);
    setCount(m_villages, report.villages);
    setCount(m_districts, report.districts);
    setCount(m_institutions, report.institutions);
    setCount(m_participants, report.participants);
    m_message->setObjectName(u"dialogMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Period &from:"), m_start);
    form->addRow(tr("Period &to:"), m_end);
    form->addRow(tr("&Villages:"), m_villages);
    form->addRow(tr("&Districts:"), m_districts);
    form->addRow(tr("&Institutions:"), m_institutions);
    form->addRow(tr("&Participants:"), m_participants);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QDateEdit::dateChanged, this, &ReachReportDialog::revalidate);
    connect(m_end, &QDateEdit::dateChanged, this, &ReachReportDialog::revalidate);
    revalidate();
    m_start->setFocus();
}

void ReachReportDialog::revalidate()
{
    QString message;
    if (const std::optional<QString> order =
            Validation::dateOrder(tr("start of the period"), m_start->date(), tr("end of the period"), m_end->date()))
        message = Validation::sentence(*order);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

ReachReport ReachReportDialog::report() const
{
    ReachReport result = m_report;
    result.periodStart = m_start->date();
    result.periodEnd = m_end->date();
    result.villages = count(m_villages);
    result.districts = count(m_districts);
    result.institutions = count(m_institutions);
    result.participants = count(m_participants);
    result.note = m_note->text().trimmed();
    return result;
}

} // namespace AllianceDesk
