// AllianceDesk, the desktop application: opens a database (the default one unless a path is given) and shows
// the main window.
#include "fonts.h"
#include "guardedapplication.h"
#include "mainwindow.h"

#include "sample/samplealliance.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "util/error.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;

int main(int argc, char *argv[])
{
    GuardedApplication app(argc, argv);
    // The command line uses the same names, so both find the same default database.
    QCoreApplication::setOrganizationName(u"AllianceDesk"_s);
    QCoreApplication::setApplicationName(u"alliancedesk"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ALLIANCEDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(u"AllianceDesk"_s);
    applyApplicationFonts();
    // The name the audit trail records for this user's changes, when one was set (Edit menu).
    AuditLog::setUserName(QSettings().value(QLatin1StringView(MainWindow::auditNameKey)).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "The secretariat's desk of an alliance."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"database"_s, QCoreApplication::translate("main", "The database file to open."),
                                 u"[database]"_s);
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    const QString path = arguments.isEmpty() ? Database::defaultPath() : arguments.constFirst();
    const bool firstRun = !QFileInfo::exists(path);

    MainWindow window;
    try {
        if (firstRun)
            QDir().mkpath(QFileInfo(path).absolutePath());
        std::unique_ptr<Database> database = Database::open(path, Database::OpenMode::CreateIfMissing);
        // A new database starts with the sample alliance, so there is something to look at.
        if (firstRun)
            SampleAlliance::load(*database);
        window.setDatabase(std::move(database));
    } catch (const Error &error) {
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Cannot open database"),
                             QCoreApplication::translate("main", "“%1” was not opened: %2")
                                 .arg(QDir::toNativeSeparators(path), error.message()));
    }
    window.show();
    return QApplication::exec();
}
