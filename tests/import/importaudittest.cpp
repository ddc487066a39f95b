#include "domain/vocabulary.h"
#include "import/importer.h"
#include "storage/entitywriter.h"
#include "storage/organisationrepository.h"
#include "storage/recordidstore.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace AllianceDesk;
using AllianceDesk::Test::TestDatabase;

using AllianceDesk::Test::writeFile;

namespace {

/// The audit trail of a table as users read it: action, field, old and new value (not the time, user or ids).
QStringList trail(const TestDatabase &test, const QString &entity)
{
    SqlQuery query(test.connection(), u"SELECT action, coalesce(field, ''), coalesce(old_value, '<null>'), "
                                      "coalesce(new_value, '<null>') FROM audit_log WHERE entity = :entity "
                                      "ORDER BY id"_s);
    query.bind(u":entity"_s, entity).exec();
    QStringList rows;
    while (query.next())
        rows << u"%1|%2|%3|%4"_s.arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                     query.value(3).toString());
    return rows;
}

/// A record's stored row, every column but its id.
QString row(const TestDatabase &test, const QString &table, const QStringList &columns, qint64 id)
{
    SqlQuery query(test.connection(), u"SELECT %1 FROM %2 WHERE id = :id"_s.arg(columns.join(u", "_s), table));
    query.bind(u":id"_s, id).exec();
    REQUIRE(query.next());
    QStringList values;
    for (int i = 0; i < columns.size(); ++i)
        values << (query.value(i).isNull() ? u"<null>"_s : query.value(i).toString());
    return values.join(u'|');
}

} // namespace

TEST_CASE("An imported organisation and the same one saved by a form leave the same audit trail", "[import][audit]")
{
    TestDatabase imported;
    TestDatabase edited;

    ImportOptions options;
    Importer(writeFile(imported, u"first.csv"_s,
                       "name,country,city,email,focus_areas\nRozan Test,PK,Islamabad,a@rozan.org,gbv_prevention\n"),
             options)
        .run(imported.connection());
    Organisation organisation;
    organisation.name = u"Rozan Test"_s;
    organisation.country = u"PK"_s;
    organisation.city = u"Islamabad"_s;
    organisation.email = u"a@rozan.org"_s;
    organisation.focusAreas = {u"gbv_prevention"_s};
    OrganisationRepository repository(edited.connection());
    const qint64 id = repository.add(organisation);

    const QStringList created = {u"create||<null>|Rozan Test"_s};
    CHECK(trail(imported, u"organisations"_s) == created);
    CHECK(trail(edited, u"organisations"_s) == created);

    options.onDuplicate = DuplicatePolicy::Update;
    Importer(writeFile(imported, u"second.csv"_s,
                       "name,country,city,email,focus_areas\nRozan Test,PK,Lahore,b@rozan.org,youth\n"),
             options)
        .run(imported.connection());
    Organisation changed = repository.get(id);
    changed.city = u"Lahore"_s;
    changed.email = u"b@rozan.org"_s;
    changed.focusAreas = {u"gbv_prevention"_s, u"youth"_s};
    repository.update(changed);

    const QStringList expected = {
        u"create||<null>|Rozan Test"_s,
        u"update|city|Islamabad|Lahore"_s,
        u"update|email|a@rozan.org|b@rozan.org"_s,
        u"update|focus_areas|gbv_prevention|gbv_prevention, youth"_s,
    };
    CHECK(trail(imported, u"organisations"_s) == expected);
    CHECK(trail(edited, u"organisations"_s) == expected);
}

TEST_CASE("The bulk and the normal writer write the same rows and the same audit trail", "[import][audit]")
{
    TestDatabase test(true);
    const QSqlDatabase db = test.connection();
    const qint64 organisation = RecordIdStore::ids(db, RecordKind::Organisation).first();
    const QStringList columns = {u"organisation_id"_s, u"network_id"_s, u"received_date"_s, u"category"_s,
                                 u"status"_s,          u"summary"_s,    u"actions"_s,       u"confidential_notes"_s,
                                 u"closed_date"_s,     u"is_sample"_s,  u"row_version"_s};
    const QString category = Vocabulary::codes(Vocabulary::Kind::ConcernCategory).first();
    const QStringList statuses = Vocabulary::codes(Vocabulary::Kind::ConcernStatus);
    REQUIRE(statuses.size() >= 2);

    QList<qint64> ids;
    QStringList rows;
    for (const auto mode : {EntityWriter::Mode::Normal, EntityWriter::Mode::Bulk}) {
        SqlQuery(db, u"DELETE FROM audit_log WHERE entity = 'concerns'"_s).exec();
        EntityWriter writer(db, RecordKind::Concern, mode);
        FieldValues values = writer.values();
        values.set(u"organisation_id", organisation)
            .set(u"received_date", QDate(2026, 3, 4))
            .set(u"category", category)
            .set(u"status", statuses.at(0))
            .set(u"summary", u"  What was reported  "_s)
            .set(u"actions", QString());
        const qint64 id = writer.insert(values, true, u"a concern"_s);
        ids << id;

        FieldValues before = writer.read(id);
        FieldValues after = writer.values();
        after.set(u"summary", u"What was reported, in full"_s).set(u"status", statuses.at(1));
        CHECK(writer.update(id, before, after));
        CHECK_FALSE(writer.update(id, writer.read(id), after)); // nothing left to change

        rows << row(test, u"concerns"_s, columns, id);
        // The summary is protected: the trail says it changed, never what it said.
        CHECK(trail(test, u"concerns"_s) == QStringList{u"create||<null>|a concern"_s,
                                                        u"update|status|%1|%2"_s.arg(statuses.at(0), statuses.at(1)),
                                                        u"update|summary|<null>|(changed)"_s});
    }
    CHECK(rows.at(0) == rows.at(1));
    CHECK(rows.at(0) == u"%1|<null>|2026-03-04|%2|%3|What was reported, in full|<null>|<null>|<null>|1|2"_s.arg(
                            QString::number(organisation), category, statuses.at(1)));

    // Sets: added and replaced alike, the change audited as one entry named after the set.
    QStringList trails;
    for (const auto mode : {EntityWriter::Mode::Normal, EntityWriter::Mode::Bulk}) {
        SqlQuery(db, u"DELETE FROM audit_log WHERE entity = 'organisations'"_s).exec();
        EntityWriter writer(db, RecordKind::Organisation, mode);
        FieldValues values = writer.values();
        values.set(u"name", u"Set Test"_s).set(u"type", u"ngo"_s);
        const qint64 id = writer.insert(values);
        writer.addToSet(id, u"organisation_focus_areas", {u"youth"_s, u"gbv_prevention"_s});
        CHECK(writer.readSet(id, u"organisation_focus_areas") == QStringList{u"gbv_prevention"_s, u"youth"_s});
        CHECK(writer.replaceSet(id, u"organisation_focus_areas", {u"gbv_prevention"_s, u"youth"_s}, {u"youth"_s}));
        CHECK(writer.readSet(id, u"organisation_focus_areas") == QStringList{u"youth"_s});
        trails << trail(test, u"organisations"_s).join(u'\n');
    }
    CHECK(trails.at(0) == trails.at(1));
    CHECK(trails.at(0) == u"create||<null>|Set Test\nupdate|focus_areas|gbv_prevention, youth|youth"_s);
}
