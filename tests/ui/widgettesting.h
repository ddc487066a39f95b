#pragma once
// Helpers shared by the widget tests: find a form's fields, type into them as a user would, look at the result.

#include <catch2/catch.hpp>

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QString>
#include <QTest>
#include <QWidget>

namespace AllianceDesk::Test {

/// The child of @p form named @p name (its objectName); fails the test when there is none.
template<typename Widget>
Widget *field(QWidget &form, const QString &name)
{
    auto *widget = form.findChild<Widget *>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

/// Types @p text key by key (QTest::keyClicks takes Latin-1 only).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

/// Clears the line edit @p name of @p form and types @p text into it.
inline void typeInto(QWidget &form, const QString &name, const QString &text)
{
    auto *edit = field<QLineEdit>(form, name);
    edit->clear();
    typeText(edit, text);
}

/// The message a form shows under its fields (empty when hidden).
inline QString message(QWidget &form, const QString &name = QStringLiteral("formMessage"))
{
    auto *label = field<QLabel>(form, name);
    return label->isVisibleTo(&form) ? label->text() : QString();
}

/// Saves a picture of @p widget to /tmp/alliancedesk-shots/NAME.png, for a person to look at.
inline void saveShot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral("/tmp/alliancedesk-shots"));
    REQUIRE(widget.grab().save(QStringLiteral("/tmp/alliancedesk-shots/") + name + QStringLiteral(".png")));
}

} // namespace AllianceDesk::Test
