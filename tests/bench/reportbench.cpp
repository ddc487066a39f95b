// reportbench: times the member directory of 10,000 and of 20,000 generated organisations (names in Latin,
// Cyrillic, Urdu and Devanagari) and prints both times and their ratio. Targets: <= 1.5 s for 10,000, ratio <= 2.2.
#include "reports/reportbuilder.h"
#include "reports/reportrenderer.h"
#include "reports/reportwriter.h"
#include "storage/database.h"
#include "storage/metadata.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;

namespace {

const QStringList latin{u"Centre for Gender Justice"_s, u"Men Against Violence Network"_s,
                        u"Fathers and Families Forum"_s, u"Youth for Equality Initiative"_s,
                        u"Instituto de Salud y Género"_s};
const QStringList native{u"Инициатива «Мужчины за равенство»"_s, u"لاہور فادرز فورم"_s, u"पुरुषों को जोड़ने का मंच"_s,
                         u"Бишкекский центр гендерного диалога"_s, QString()};
const QStringList countries{u"PK"_s, u"IN"_s, u"RU"_s, u"BR"_s, u"ZA"_s, u"NP"_s, u"KG"_s, u"MX"_s, u"SE"_s, u"GE"_s};
const QStringList cities{u"Lahore"_s, u"New Delhi"_s, u"Moscow"_s, u"Rio de Janeiro"_s, u"Cape Town"_s};

void generate(Database &database, int count)
{
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    Metadata(db).setValue(Metadata::allianceName, u"Benchmark Alliance"_s);
    SqlQuery insert(db, u"INSERT INTO organisations (name, native_name, type, country, city, email) VALUES (:name, "
                        ":native, 'ngo', :country, :city, :email)"_s);
    for (int i = 0; i < count; ++i) {
        insert.bind(u":name"_s, u"%1 %2"_s.arg(latin.at(i % latin.size())).arg(i))
            .bindText(u":native"_s, native.at(i % native.size()))
            .bind(u":country"_s, countries.at(i % countries.size()))
            .bind(u":city"_s, cities.at(i % cities.size()))
            .bind(u":email"_s, u"office%1@example.org"_s.arg(i))
            .exec();
    }
    transaction.commit();
}

double timeDirectory(int count, const QString &dir, QTextStream &out)
{
    auto database =
        Database::open(u"%1/bench-%2.alliancedesk"_s.arg(dir).arg(count), Database::OpenMode::CreateIfMissing);
    generate(*database, count);
    ReportParameters parameters;
    parameters.kind = ReportKind::MemberDirectory;
    const QString pdf = u"%1/directory-%2.pdf"_s.arg(dir).arg(count);

    QElapsedTimer timer;
    timer.start();
    const ReportDocument document = ReportBuilder::build(database->connection(), parameters);
    const qint64 built = timer.elapsed();
    ReportWriter::writePdf(document, pdf);
    const double seconds = timer.elapsed() / 1000.0;
    // For the record: how much of it is the pagination alone.
    QElapsedTimer layoutTimer;
    layoutTimer.start();
    ReportRenderer renderer(document);
    renderer.layout();
    const qint64 laidOut = layoutTimer.elapsed();
    out << u"member directory, %1 organisations: %2 s (data %3 s, pagination %6 s), %4 table rows, %5 KB\n"_s.arg(count)
               .arg(seconds, 0, 'f', 2)
               .arg(built / 1000.0, 0, 'f', 2)
               .arg(document.rowCount())
               .arg(QFileInfo(pdf).size() / 1024)
               .arg(laidOut / 1000.0, 0, 'f', 2);
    out.flush();
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    QTextStream out(stdout);
    timeDirectory(500, dir.path(), out); // warm up fonts and caches
    const double small = timeDirectory(10000, dir.path(), out);
    const double large = timeDirectory(20000, dir.path(), out);
    out << u"ratio 20,000 / 10,000: %1 (targets: <= 1.5 s for 10,000, ratio <= 2.2)\n"_s.arg(large / small, 0, 'f', 2);
    return small <= 1.5 && large / small <= 2.2 ? 0 : 1;
}
