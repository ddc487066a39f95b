// Imports a generated 100,000-row mixed-script organisation CSV into a database already holding 100,000
// organisations, and compares the time with `sqlite3 .import` of the same file into a bare table.
// Usage: importbench [ROWS] [--keep DIR]

#include "import/csvreader.h"
#include "import/importer.h"
#include "import/recordwriter.h"
#include "import/rownormaliser.h"
#include "storage/database.h"
#include "storage/sqlfunctions.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>

#include <array>
#include <vector>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;

namespace {

const QStringList namesLatin = {u"Rozan"_s,
                                u"Shirakat"_s,
                                u"Men Against Violence"_s,
                                u"Fundación Género"_s,
                                u"Association Égalité"_s,
                                u"Instituto Promundo"_s,
                                u"Sonke Justice"_s};
const QStringList namesUrdu = {u"روزن"_s, u"شرکت گاہ"_s, u"عورت فاؤنڈیشن"_s, u"ساحل"_s};
const QStringList namesCyrillic = {u"Центр «Сёстры»"_s, u"Мужчины за равенство"_s, u"Ассоциация Ғалым"_s};
const QStringList namesDevanagari = {u"समझदार जोड़ीदार"_s, u"मर्दों का संगठन"_s, u"एक साथ"_s};
const QStringList countries = {u"Pakistan"_s, u"PK"_s,    u"Россия"_s,  u"Inde"_s,    u"India"_s,
                               u"Brasil"_s,   u"Kenya"_s, u"پاکستان"_s, u"Francia"_s, u"KZ"_s};
const QStringList cities = {u"Lahore"_s, u"Москва"_s, u"दिल्ली"_s, u"São Paulo"_s, u"Nairobi"_s, u"کراچی"_s};

QString quoted(const QString &value)
{
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

void generateCsv(const QString &path, int rows)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QTextStream out(&file);
    out << "name,country,city,email,phone,notes\n";
    QRandomGenerator random(42);
    for (int i = 0; i < rows; ++i) {
        const QStringList *names = nullptr;
        switch (i % 4) {
        case 0:
            names = &namesLatin;
            break;
        case 1:
            names = &namesUrdu;
            break;
        case 2:
            names = &namesCyrillic;
            break;
        default:
            names = &namesDevanagari;
        }
        const QString name = names->at(int(random.bounded(names->size()))) + u' ' + QString::number(i);
        const QString country = countries.at(i % countries.size());
        const QString phone = i % 5 == 0 ? u"+92 300 %1"_s.arg(1000000 + i % 8000000) : QString();
        const QString notes = i % 10 == 0 ? quoted(u"Line one, with a comma\nline two \"quoted\""_s) : u"plain note"_s;
        out << quoted(name) << ',' << country << ',' << cities.at(i % cities.size()) << ','
            << (i % 3 == 0 ? u"contact%1@example.org"_s.arg(i) : QString()) << ',' << phone << ',' << notes << '\n';
    }
}

void seedOrganisations(Database &database, int count)
{
    sqlite3 *db = sqliteHandle(database.connection());
    Transaction transaction(database.connection());
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO organisations (name, type, country, email) VALUES (?1, 'ngo', ?2, ?3)", -1,
                       &insert, nullptr);
    for (int i = 0; i < count; ++i) {
        const QByteArray name = u"Existing organisation %1 — Организация"_s.arg(i).toUtf8();
        const QByteArray email = u"existing%1@example.net"_s.arg(i).toUtf8();
        sqlite3_bind_text(insert, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, i % 2 ? "PK" : "IN", 2, SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, email.constData(), int(email.size()), SQLITE_TRANSIENT);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    transaction.commit();
}

/// Times each stage of the import on its own, to show where the time goes.
void printStages(const QString &csv, Database &database)
{
    ImportOptions options;
    options.kind = ImportKind::Organisations;
    Importer importer(csv, options);
    importer.inspect();
    QElapsedTimer timer;
    const auto readAll = [&](const std::function<void(const CsvRecord &)> &each) {
        QFile file(csv);
        file.open(QIODevice::ReadOnly);
        CsvReader reader(file, importer.dialect(), csv);
        CsvRecord record;
        reader.next(record);
        while (reader.next(record))
            each(record);
        return reader.sha256Hex();
    };
    timer.start();
    readAll([](const CsvRecord &) {});
    printf("  stage read+decode+parse+sha256: %.3f s\n", double(timer.nsecsElapsed()) / 1e9);
    const RowNormaliser normaliser(options.kind, importer.mapping(), int(importer.mapping().size()), DateOrder::Auto);
    NormalisedRow row;
    timer.restart();
    readAll([&](const CsvRecord &record) { normaliser.normalise(record, row); });
    printf("  stage read+normalise:           %.3f s\n", double(timer.nsecsElapsed()) / 1e9);
    Transaction transaction(database.connection());
    timer.restart();
    RecordWriter writer(database.connection(), options.kind, 0);
    printf("  stage duplicate index:          %.3f s\n", double(timer.nsecsElapsed()) / 1e9);
}

/// The floor under any import into this schema: the rows the import stored, inserted again with one statement
/// prepared on the raw handle — nothing read, normalised, deduplicated or recorded for undo, triggers off — in one
/// transaction into a second database seeded the same way.
double insertFloorSeconds(Database &imported, const QString &path)
{
    constexpr int columns = 11;
    std::vector<std::array<QByteArray, columns>> rows;
    sqlite3_stmt *select = nullptr;
    sqlite3_prepare_v2(sqliteHandle(imported.connection()),
                       "SELECT name, native_name, acronym, type, country, province, city, website, email, phone, "
                       "notes FROM organisations WHERE id > 100000 ORDER BY id",
                       -1, &select, nullptr);
    while (sqlite3_step(select) == SQLITE_ROW) {
        auto &row = rows.emplace_back();
        for (int column = 0; column < columns; ++column) {
            if (sqlite3_column_type(select, column) != SQLITE_NULL)
                row[size_t(column)] = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(select, column)),
                                                 sqlite3_column_bytes(select, column));
        }
    }
    sqlite3_finalize(select);

    auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
    seedOrganisations(*database, 100000);
    sqlite3 *db = sqliteHandle(database->connection());
    int unused = 0;
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &unused);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO organisations (name, native_name, acronym, type, country, province, city, website, "
                       "email, phone, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                       -1, &insert, nullptr);
    for (const auto &row : rows) {
        for (int column = 0; column < columns; ++column) {
            const QByteArray &value = row[size_t(column)];
            if (value.isNull())
                sqlite3_bind_null(insert, column + 1);
            else
                sqlite3_bind_text(insert, column + 1, value.constData(), int(value.size()), SQLITE_STATIC);
        }
        if (sqlite3_step(insert) != SQLITE_DONE)
            fprintf(stderr, "floor insert failed: %s\n", sqlite3_errmsg(db));
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return double(timer.nsecsElapsed()) / 1e9;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const qsizetype keepAt = arguments.indexOf(u"--keep"_s);
    QString keepDir;
    if (keepAt >= 0 && keepAt + 1 < arguments.size()) {
        keepDir = arguments.at(keepAt + 1);
        arguments.remove(keepAt, 2);
    }
    const bool stages = arguments.removeAll(u"--stages"_s) > 0;
    const int rows = arguments.isEmpty() ? 100000 : arguments.first().toInt();
    QTemporaryDir temporary;
    const QDir dir(keepDir.isEmpty() ? temporary.path() : keepDir);
    const QString csv = dir.filePath(u"organisations.csv"_s);
    generateCsv(csv, rows);
    auto database = Database::open(dir.filePath(u"bench.alliancedesk"_s), Database::OpenMode::CreateIfMissing);
    seedOrganisations(*database, 100000);
    const long rssBefore = peakRssKb();
    if (stages)
        printStages(csv, *database);

    ImportOptions options;
    options.kind = ImportKind::Organisations;
    QElapsedTimer timer;
    timer.start();
    Importer importer(csv, options);
    const ImportResult result = importer.run(database->connection());
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    const long rssAfter = peakRssKb();

    // The reference: sqlite3 .import of the same file into a bare table of a fresh database, in this run.
    const QString bare = dir.filePath(u"bare.db"_s);
    timer.restart();
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {bare, u"-cmd"_s, u".mode csv"_s, u".import %1 organisations"_s.arg(csv)});
    sqlite.waitForFinished(-1);
    const double sqliteSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (sqlite.exitCode() != 0) {
        fprintf(stderr, "sqlite3 .import failed: %s\n", sqlite.readAllStandardError().constData());
        return 1;
    }

    const double floorSeconds = insertFloorSeconds(*database, dir.filePath(u"floor.alliancedesk"_s));

    printf("rows %d: %d created, %d updated, %d skipped, %d rejected (batch %lld)\n", result.rows, result.created,
           result.updated, result.skipped, result.rejected, static_cast<long long>(result.batchId));
    printf("file %.1f MB, %s\n", double(QFile(csv).size()) / 1e6, qPrintable(result.encoding));
    printf("alliancedesk import: %.3f s\n", importSeconds);
    printf("sqlite3 .import:     %.3f s\n", sqliteSeconds);
    printf("ratio: %.2f (target <= 2.0)\n", importSeconds / sqliteSeconds);
    printf("floor, the same rows' INSERT statements alone into this schema: %.3f s, ratio %.2f\n", floorSeconds,
           floorSeconds / sqliteSeconds);
    printf("peak RSS: %ld MB before the import, %ld MB after\n", rssBefore / 1024, rssAfter / 1024);
    return 0;
}
