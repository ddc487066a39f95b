// alliancedesk-cli: the headless command line over the same core as the GUI.
#include "commandline.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Reports lay out text with fonts, which needs a QGuiApplication; headless, on the offscreen platform.
    bool needsFonts = false;
    for (int i = 1; i < argc; ++i)
        needsFonts = needsFonts || std::strcmp(argv[i], "report") == 0;
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(needsFonts ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("AllianceDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("alliancedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLIANCEDESK_VERSION));

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return 3;
    AllianceDesk::CommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments().mid(1));
}
