// Date fields: a whole date typed or pasted is the date stored, and a date in the future is questioned.
#include "editors/dateedit.h"
#include "editors/meetingdialog.h"

#include "util/dates.h"

#include "widgettesting.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QScopeGuard>
#include <QTest>

using namespace AllianceDesk;
using namespace AllianceDesk::Test;
using namespace Qt::StringLiterals;

TEST_CASE("A date typed into a meeting's Date is the date stored", "[ui][forms][dates]")
{
    // Seen in the walkthrough: "2026-11-28" typed into the Date gave 2026-12-11.
    MeetingDialog dialog(Meeting{});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *date = dialog.findChild<QWidget *>(u"date"_s);
    REQUIRE(date != nullptr);
    // Wherever the user clicks into the field first (the day, the month, the year), typing a whole date gives it.
    for (const double at : {0.9, 0.5, 0.1}) {
        INFO("clicked at " << at << " of the field's width");
        QWidget *text = date->findChild<QLineEdit *>(); // where a click into the field lands
        QTest::mouseClick(text, Qt::LeftButton, {}, QPoint(int(text->width() * at), text->height() / 2));
        QTest::keyClicks(date, u"2026-11-28"_s);
        QTest::keyClick(date, Qt::Key_Tab);
        CHECK(dialog.meeting().date == QDate(2026, 11, 28));
        date->setFocus();
    }
}

TEST_CASE("A date pasted into a date field is read in the forms people write, or refused whole", "[ui][forms][dates]")
{
    CHECK(DateEdit::readDate(u"2026-11-28"_s) == QDate(2026, 11, 28));
    CHECK(DateEdit::readDate(u"28/11/2026"_s) == QDate(2026, 11, 28));
    CHECK(DateEdit::readDate(u"28.11.2026"_s) == QDate(2026, 11, 28));
    CHECK(DateEdit::readDate(u"28 November 2026"_s) == QDate(2026, 11, 28));
    CHECK_FALSE(DateEdit::readDate(u"next Tuesday"_s).isValid());
    CHECK_FALSE(DateEdit::readDate(u"2026-13-01"_s).isValid());

    DateEdit edit(QDate(2020, 1, 1));
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    QApplication::clipboard()->setText(u"28/11/2026"_s);
    QTest::keySequence(&edit, QKeySequence::Paste);
    CHECK(edit.date() == QDate(2026, 11, 28));
    QApplication::clipboard()->setText(u"soon"_s);
    QTest::keySequence(&edit, QKeySequence::Paste);
    CHECK(edit.date() == QDate(2026, 11, 28)); // nothing half taken
}

TEST_CASE("A meeting date in the future is questioned before it is kept", "[ui][forms][dates]")
{
    int asked = 0;
    bool answer = false;
    QString question;
    DateEdit::setFutureAsker([&](QWidget *, const QString &text) {
        ++asked;
        question = text;
        return answer;
    });
    const auto restore = qScopeGuard([] { DateEdit::setFutureAsker({}); });

    MeetingDialog dialog(Meeting{0, 0, QDate::currentDate().addDays(30), {}, 12, {}});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *topic = field<QLineEdit>(dialog, u"topic"_s);
    QTest::keyClick(topic, Qt::Key_Return);
    CHECK(asked == 1);
    CHECK(question.contains(Dates::display(QDate::currentDate().addDays(30))));
    CHECK(dialog.result() != QDialog::Accepted); // "No": the dialog stays open on the date
    CHECK(dialog.isVisible());
    QWidget *date = field<QWidget>(dialog, u"date"_s);
    CHECK((dialog.focusWidget() == date || date->isAncestorOf(dialog.focusWidget())));

    answer = true;
    QTest::keyClick(topic, Qt::Key_Return);
    CHECK(asked == 2);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.meeting().date == QDate::currentDate().addDays(30));

    // Today and past dates are not questioned.
    MeetingDialog today(Meeting{0, 0, QDate::currentDate(), {}, 12, {}});
    today.show();
    REQUIRE(QTest::qWaitForWindowExposed(&today));
    QTest::keyClick(field<QLineEdit>(today, u"topic"_s), Qt::Key_Return);
    CHECK(asked == 2);
    CHECK(today.result() == QDialog::Accepted);
}
