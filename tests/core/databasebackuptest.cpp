#include "storage/databasebackup.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

/// The names in @p dir, hidden ones included (a partial copy is written under a hidden name).
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("A backup is a copy that opens with the same records, made with progress", "[database][backup]")
{
    Test::TestDatabase test(true);
    QTemporaryDir target;
    const QString copy = target.filePath(u"copy.alliancedesk"_s);
    QList<int> reported;
    REQUIRE(DatabaseBackup::write(test.connection(), copy, [&reported](int percent) {
        reported << percent;
        return true;
    }));
    // Progress rises to 100 and never goes back.
    REQUIRE_FALSE(reported.isEmpty());
    CHECK(reported.constLast() == 100);
    CHECK(std::is_sorted(reported.cbegin(), reported.cend()));
    CHECK(entries(target.path()) == QStringList{u"copy.alliancedesk"_s});

    auto backup = Database::open(copy);
    CHECK(Test::dumpDatabase(backup->connection()) == Test::dumpDatabase(test.connection()));
}

TEST_CASE("A cancelled backup leaves no file", "[database][backup]")
{
    Test::TestDatabase test(true);
    // More than one step's worth of pages, so that the copy is cancelled half-way.
    SqlQuery(test.connection(), u"CREATE TABLE padding (bytes BLOB)"_s).exec();
    SqlQuery(test.connection(), u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                                "INSERT INTO padding SELECT randomblob(4000) FROM n"_s)
        .exec();
    QTemporaryDir target;
    const QString copy = target.filePath(u"copy.alliancedesk"_s);
    int calls = 0;
    CHECK_FALSE(DatabaseBackup::write(test.connection(), copy, [&calls](int) { return ++calls < 2; }));
    CHECK(calls == 2);
    CHECK(entries(target.path()).isEmpty());
}

TEST_CASE("A backup never overwrites a file and says why it cannot be written", "[database][backup]")
{
    Test::TestDatabase test(true);
    QTemporaryDir target;
    const QString existing = target.filePath(u"existing.alliancedesk"_s);
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("the user's own file");
    }
    try {
        DatabaseBackup::write(test.connection(), existing, {});
        FAIL("an existing file was overwritten");
    } catch (const StorageError &error) {
        CHECK(error.message().contains(u"already exists"_s));
    }
    CHECK(Test::fileBytes(existing) == QByteArray("the user's own file"));

    const QString nowhere = target.filePath(u"missing/copy.alliancedesk"_s);
    try {
        DatabaseBackup::write(test.connection(), nowhere, {});
        FAIL("a backup was written into a folder that does not exist");
    } catch (const StorageError &error) {
        CHECK(error.message().contains(u"does not exist"_s));
    }
    CHECK(entries(target.path()) == QStringList{u"existing.alliancedesk"_s});
}
