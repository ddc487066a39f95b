// The Catch2 runner of the widget tests: like the shared runner, but with a QApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "fonts.h"

int main(int argc, char *argv[])
{
    // Test discovery runs this program at build time, without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never touch the user's own database or settings.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // ctest runs test cases in parallel processes: each keeps its settings in a folder of its own, so that one test's
    // remembered layout never meets another's.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("AllianceDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("alliancedesk-ui-tests"));
    AllianceDesk::applyApplicationFonts();
    return Catch::Session().run(argc, argv);
}
