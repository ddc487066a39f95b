// The Catch2 runner, in its own file because it is slow to compile.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // Test discovery runs this program at build time, without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never touch the user's own database or settings.
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AllianceDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("alliancedesk-tests"));
    return Catch::Session().run(argc, argv);
}
