#include "dateedit.h"

#include "util/dates.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

bool askWithMessageBox(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, DateEdit::tr("Date in the Future"), question,
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

DateEdit::FutureAsker &futureAsker()
{
    static DateEdit::FutureAsker asker = &askWithMessageBox;
    return asker;
}

} // namespace

void DateEdit::setFutureAsker(FutureAsker asker)
{
    futureAsker() = asker ? std::move(asker) : FutureAsker(&askWithMessageBox);
}

bool DateEdit::confirmDate()
{
    const QDate value = date();
    if (m_futureQuestion.isEmpty() || value <= QDate::currentDate() || value == m_confirmedFuture)
        return true;
    const QString question = tr("%1 is in the future. %2").arg(Dates::display(value), m_futureQuestion);
    if (futureAsker()(window(), question)) {
        m_confirmedFuture = value;
        return true;
    }
    setFocus(Qt::OtherFocusReason);
    setCurrentSectionIndex(0);
    selectAll();
    return false;
}

DateEdit::DateEdit(const QDate &date, QWidget *parent)
    : QDateEdit(date, parent)
{
    setDisplayFormat(u"yyyy-MM-dd"_s);
    setCalendarPopup(true);
    // Clicks into the text go to the spin box's line edit, not to the spin box.
    lineEdit()->installEventFilter(this);
}

bool DateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == lineEdit() && event->type() == QEvent::MouseButtonRelease && m_selectOnClick) {
        // The click has put the cursor in a section: the whole date is selected instead, typing starts at the year.
        m_selectOnClick = false;
        const bool handled = QDateEdit::eventFilter(watched, event);
        setCurrentSectionIndex(0);
        selectAll();
        return handled;
    }
    return QDateEdit::eventFilter(watched, event);
}

QDate DateEdit::readDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QLocale locale;
    const QStringList formats = {u"yyyy-MM-dd"_s,
                                 u"yyyy/MM/dd"_s,
                                 locale.dateFormat(QLocale::ShortFormat),
                                 locale.dateFormat(QLocale::LongFormat),
                                 u"d MMMM yyyy"_s,
                                 u"d MMM yyyy"_s,
                                 u"dd/MM/yyyy"_s,
                                 u"d/M/yyyy"_s,
                                 u"dd.MM.yyyy"_s};
    for (const QString &format : formats) {
        const QDate date = locale.toDate(trimmed, format);
        if (date.isValid())
            return date;
        const QDate english = QLocale::c().toDate(trimmed, format);
        if (english.isValid())
            return english;
    }
    return {};
}

void DateEdit::focusInEvent(QFocusEvent *event)
{
    QDateEdit::focusInEvent(event);
    m_selectOnClick = true;
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        const QDate date = readDate(QApplication::clipboard()->text());
        if (date.isValid()) {
            setDate(date);
            selectAll();
        } else {
            QApplication::beep();
        }
        return;
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace AllianceDesk
