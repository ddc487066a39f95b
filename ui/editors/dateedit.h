#pragma once

#include <QDateEdit>

namespace AllianceDesk {

/**
 * A date field that takes a whole date as people type or paste it. A plain QDateEdit types into the section the
 * cursor is in and goes on into the next ones, so "2026-11-28" typed after clicking into the day became
 * 2026-12-11. Here the first click after the field gets focus selects the whole date, so that what is typed
 * replaces it from the year on (a second click goes to a section, to change only that part); a pasted date is read
 * in ISO form, the locale's short and long forms and day/month/year, or refused with a beep — never half taken.
 */
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(const QDate &date = QDate::currentDate(), QWidget *parent = nullptr);

    /// The date @p text names, or an invalid date: what a paste accepts.
    static QDate readDate(const QString &text);

protected:
    void focusInEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_selectOnClick = true;
};

} // namespace AllianceDesk
