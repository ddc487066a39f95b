#include "optionaldateedit.h"

#include "dateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

OptionalDateEdit::OptionalDateEdit(const QString &checkText, QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText))
    , m_edit(new DateEdit)
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_edit->setDate(QDate::currentDate());
    m_edit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_check);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        emit dateChanged();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    const QSignalBlocker blocker(this);
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    if (date.isValid())
        m_edit->setDate(date);
}

} // namespace AllianceDesk
