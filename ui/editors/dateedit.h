#pragma once

#include <QDateEdit>

#include <functional>

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

    /**
     * Makes a date after today questioned before it is saved (a meeting, a joining date: events that have
     * happened): @p question is asked, after saying that the date is in the future. Empty: never asked.
     */
    void setFutureQuestion(const QString &question) { m_futureQuestion = question; }
    /**
     * True when the date may be saved: it is not in the future, nothing is asked for this field, or the user
     * answered yes (once for that date). Otherwise the field takes the focus with its date selected.
     */
    bool confirmDate();
    /// Asks @p question about a date in the future; true to keep it. The default shows a message box (No default).
    using FutureAsker = std::function<bool(QWidget *parent, const QString &question)>;
    /// Replaces the asker (tests answer without a message box); an empty one restores the default.
    static void setFutureAsker(FutureAsker asker);

protected:
    void focusInEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_selectOnClick = true;
    QString m_futureQuestion;
    QDate m_confirmedFuture; ///< the future date the user already said yes to
};

} // namespace AllianceDesk
