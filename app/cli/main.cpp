// alliancedesk-cli: the headless command line over the same core as the GUI.
#include "commandline.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
