// The database opener against damaged files: random mutations of a real AllianceDesk file (bytes flipped in the
// header, in random pages, in the b-tree of a table; the file cut short; a -wal of noise or of another file's pages).
// Every mutant must either open — and then be readable and checkable — or be refused with an OpenError, its bytes
// left exactly as they were; never a crash, a hang or an exception of another kind. Not coverage-guided: seeded and
// repeatable. ALLIANCEDESK_OPENER_FUZZ_RUNS sets the number of mutants (default 120 in the suite).

#include "storage/database.h"
#include "storage/integritychecker.h"
#include "storage/organisationrepository.h"
#include "testdatabase.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray mutate(QByteArray bytes, QRandomGenerator &random, QString &how)
{
    const qsizetype pageSize = 4096;
    switch (random.bounded(5)) {
    case 0: { // the header
        const int count = 1 + random.bounded(4);
        for (int i = 0; i < count; ++i)
            bytes[random.bounded(100)] = static_cast<char>(random.bounded(256));
        how = u"header bytes"_s;
        break;
    }
    case 1: { // a few bytes anywhere
        const int count = 1 + random.bounded(16);
        for (int i = 0; i < count; ++i)
            bytes[random.bounded(bytes.size())] = static_cast<char>(random.bounded(256));
        how = u"scattered bytes"_s;
        break;
    }
    case 2: { // a whole page of noise
        const qsizetype page = 1 + random.bounded(bytes.size() / pageSize - 1);
        for (qsizetype i = page * pageSize; i < (page + 1) * pageSize; ++i)
            bytes[i] = static_cast<char>(random.bounded(256));
        how = u"page %1 of noise"_s.arg(page + 1);
        break;
    }
    case 3: // cut short, within a page or at a page boundary
        bytes.truncate(random.bounded(2) ? random.bounded(bytes.size())
                                         : pageSize * random.bounded(bytes.size() / pageSize));
        how = u"cut to %1 bytes"_s.arg(bytes.size());
        break;
    default: { // a page's b-tree header (cell counts and pointers)
        const qsizetype page = 1 + random.bounded(bytes.size() / pageSize - 1);
        for (int i = 0; i < 12; ++i)
            bytes[page * pageSize + i] = static_cast<char>(random.bounded(256));
        how = u"b-tree header of page %1"_s.arg(page + 1);
        break;
    }
    }
    return bytes;
}

} // namespace

TEST_CASE("Damaged files are opened and checked, or refused and left as they were — never a crash",
          "[reliability][fuzz]")
{
    QTemporaryDir dir;
    const QString original = dir.filePath(u"original.alliancedesk"_s);
    {
        Test::TestDatabase source(true);
        source.database().backupTo(original);
    }
    const QByteArray pristine = Test::fileBytes(original);
    REQUIRE(pristine.size() > 64 * 1024);
    const int runs = qEnvironmentVariableIsSet("ALLIANCEDESK_OPENER_FUZZ_RUNS")
                         ? qEnvironmentVariableIntValue("ALLIANCEDESK_OPENER_FUZZ_RUNS")
                         : 120;
    QRandomGenerator random(20261203);
    int opened = 0;
    int refused = 0;
    for (int run = 0; run < runs; ++run) {
        QString how;
        const QByteArray mutant = mutate(pristine, random, how);
        const QString path = dir.filePath(u"mutant-%1.alliancedesk"_s.arg(run));
        writeBytes(path, mutant);
        INFO("mutant " << run << ": " << how.toStdString());
        try {
            auto database = Database::open(path);
            // Opened: every rule can be checked and a list read, whatever the damage SQLite did not see.
            try {
                IntegrityChecker(database->connection()).run();
                IntegrityChecker(database->connection()).warnings();
                OrganisationRepository(database->connection()).findByName(u"ROZAN"_s);
            } catch (const Error &) {
                // A damaged page met later is reported as an error, which is what a user would see.
            }
            ++opened;
        } catch (const OpenError &error) {
            CHECK_FALSE(error.message().isEmpty());
            CHECK(Test::fileBytes(path) == mutant);
            ++refused;
        }
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        QDir(dir.filePath(u"backups"_s)).removeRecursively();
    }
    WARN("opener fuzz: " << runs << " mutants, " << opened << " opened, " << refused << " refused");
    CHECK(opened + refused == runs);
    CHECK(refused > 0);
}
