// Makes the files the fault harness (faults.sh) needs that the command line cannot make: a database in an earlier
// data format, holding enough rows that migrating it takes long enough to be interrupted.
//
//   faultfixture old-format PATH VERSION ROWS

#include "storage/changeset.h"
#include "storage/migrator.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "faultfixture: " << message << '\n';
    return 1;
}

int makeOldFormat(const QString &path, int version, int rows)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return fail(db.lastError().text());
        {
            QSqlQuery wal(db);
            wal.exec(u"PRAGMA journal_mode = WAL"_s);
        }
        AllianceDesk::Migrator(db).migrate(version);
        QSqlQuery query(db);
        db.transaction();
        QByteArray changeset;
        {
            // The rows as an import of that data format recorded them: the batch's whole changeset in one value
            // (which data format 6 moves into parts).
            AllianceDesk::ChangeRecorder recorder(db);
            query.prepare(
                u"INSERT INTO organisations (name, type, country, city, notes) VALUES (?, 'ngo', 'PK', ?, ?)"_s);
            for (int i = 0; i < rows; ++i) {
                query.addBindValue(u"Организация %1 تنظیم"_s.arg(i));
                query.addBindValue(u"Peshawar"_s);
                query.addBindValue(u"Row %1 of an earlier data format"_s.arg(i));
                if (!query.exec())
                    return fail(query.lastError().text());
            }
            changeset = recorder.changeset();
        }
        if (version >= 2 && version < 6) {
            query.prepare(u"INSERT INTO import_batches (kind, file_name, sha256, encoding, delimiter, mapping, "
                          "created, started_at, finished_at, user_name, changeset) VALUES ('organisations', "
                          "'members.csv', ?, 'UTF-8', 'comma', '{}', ?, '2026-01-01T00:00:00Z', "
                          "'2026-01-01T00:00:01Z', 'fixture', ?)"_s);
            query.addBindValue(QString(64, u'a'));
            query.addBindValue(rows);
            query.addBindValue(changeset);
            if (!query.exec())
                return fail(query.lastError().text());
        } else if (version >= 6) {
            // Data format 6 on: the batch's undo record in parts (here one).
            if (!query.exec(u"INSERT INTO import_batches (kind, file_name, sha256, encoding, delimiter, mapping, "
                            "created, started_at, finished_at, user_name) VALUES ('organisations', 'members.csv', '"_s +
                            QString(64, u'a') +
                            u"', 'UTF-8', 'comma', '{}', %1, '2026-01-01T00:00:00Z', "
                            "'2026-01-01T00:00:01Z', 'fixture')"_s.arg(rows)))
                return fail(query.lastError().text());
            const QVariant batch = query.lastInsertId();
            query.prepare(u"INSERT INTO import_batch_changes (batch_id, part, changeset) VALUES (?, 0, ?)"_s);
            query.addBindValue(batch);
            query.addBindValue(changeset);
            if (!query.exec())
                return fail(query.lastError().text());
        }
        // What data format 5 clears: participants' codes that earlier versions wrote into the audit trail.
        query.prepare(u"INSERT INTO audit_log (at, user_name, action, entity, entity_id, field, new_value) "
                      "VALUES ('2026-01-01T00:00:00Z', 'fixture', 'create', 'participants', ?, 'code', ?)"_s);
        for (int i = 0; i < rows * 4; ++i) {
            query.addBindValue(i + 1);
            query.addBindValue(u"KP-%1"_s.arg(i, 6, 10, QLatin1Char('0')));
            if (!query.exec())
                return fail(query.lastError().text());
        }
        db.commit();
        query.exec(u"PRAGMA user_version = %1"_s.arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 5 && arguments.at(1) == u"old-format"_s)
        return makeOldFormat(arguments.at(2), arguments.at(3).toInt(), arguments.at(4).toInt());
    return fail(u"usage: faultfixture old-format PATH VERSION ROWS"_s);
}
