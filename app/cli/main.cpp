// alliancedesk-cli: the headless command line over the same core as the GUI.
#include "commandline.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// Standard error is part of the command line's contract: one sentence per error. Qt's own warnings (a missing
/// XDG_RUNTIME_DIR, a font without an OpenType table) are noise there; ALLIANCEDESK_DEBUG=1 shows them.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool debug = qEnvironmentVariableIntValue("ALLIANCEDESK_DEBUG") != 0;
    if (!debug && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    std::fputs(qPrintable(qFormatLogMessage(type, context, message) + u'\n'), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessages);
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
