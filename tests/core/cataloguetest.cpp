#include "domain/catalogue.h"
#include "import/importfield.h"
#include "storage/listqueries.h"
#include "storage/schemainspector.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

/// The program's own tables, which hold no record a user edits.
const QStringList ownTables = {u"meta"_s,           u"audit_log"_s,   u"import_batches"_s, u"import_batch_changes"_s,
                               u"import_presets"_s, u"saved_views"_s, u"search_dirty"_s,   u"search_items"_s};

/// Columns every record table may carry for the program's own use.
const QStringList bookkeeping = {u"id"_s, u"row_version"_s, u"is_sample"_s, u"sort_key"_s};

} // namespace

TEST_CASE("Every table of the schema is described by the catalogue, column by column")
{
    Test::TestDatabase file;
    const SchemaInspector schema(file.connection());
    for (const QString &table : schema.tables()) {
        INFO(table.toStdString());
        if (ownTables.contains(table))
            continue;
        const EntityDescription *entity = Catalogue::forTable(table);
        const EntityDescription *owner = Catalogue::ownerOfSet(table);
        REQUIRE((entity != nullptr) != (owner != nullptr));
        if (owner)
            continue;
        QSet<QString> described;
        for (const FieldDescription &field : entity->fields)
            described.insert(field.column);
        for (const SchemaInspector::Column &column : schema.columns(table)) {
            INFO(column.name.toStdString());
            if (bookkeeping.contains(column.name)) {
                if (column.name == u"row_version"_s)
                    CHECK(entity->versioned);
                if (column.name == u"is_sample"_s)
                    CHECK(entity->sampled);
                if (column.name == u"sort_key"_s)
                    CHECK(entity->sortKeyed);
                continue;
            }
            const FieldDescription *field = entity->field(column.name);
            REQUIRE(field != nullptr);
            described.remove(column.name);
            // A boolean is NOT NULL with a default, and the form always gives it a value.
            CHECK(field->is(FieldFlag::Required) == column.notNull);
        }
        CHECK(described.isEmpty());
    }
}

TEST_CASE("The schema's lists of allowed values are the vocabularies of the catalogue")
{
    Test::TestDatabase file;
    const SchemaInspector schema(file.connection());
    int checkedLists = 0;
    for (const EntityDescription &entity : Catalogue::entities()) {
        for (const FieldDescription &field : entity.fields) {
            INFO(QString(entity.table + u'.' + field.column).toStdString());
            const QStringList allowed = schema.allowedValues(entity.table, field.column);
            if (field.type != FieldType::Code) {
                CHECK(allowed.isEmpty());
                continue;
            }
            REQUIRE(field.vocabulary.has_value());
            CHECK(allowed == Vocabulary::codes(*field.vocabulary));
            ++checkedLists;
        }
        for (const SetDescription &set : entity.sets) {
            INFO(QString(set.table + u'.' + set.valueColumn).toStdString());
            const QStringList allowed = schema.allowedValues(set.table, set.valueColumn);
            CHECK(allowed == (set.vocabulary ? Vocabulary::codes(*set.vocabulary) : QStringList()));
            checkedLists += set.vocabulary ? 1 : 0;
        }
    }
    // Every vocabulary of the product but one is a column's list (the membership status is kept per change).
    CHECK(checkedLists == 13);
}

TEST_CASE("The catalogue names records and marks what is protected")
{
    const EntityDescription &organisation = Catalogue::entity(RecordKind::Organisation);
    CHECK(organisation.table == u"organisations"_s);
    CHECK(organisation.nameColumn() == u"name"_s);
    CHECK(organisation.translatedPlural() == u"organisations"_s);
    CHECK(Catalogue::isProtected(u"participants", u"identity"));
    CHECK(Catalogue::isProtected(u"concerns", u"confidential_notes"));
    CHECK_FALSE(Catalogue::isProtected(u"concerns", u"category"));
    CHECK_FALSE(Catalogue::isProtected(u"audit_log", u"old_value"));
    CHECK(Catalogue::entity(RecordKind::Participant).naming.anonymous);
    CHECK(Catalogue::entity(RecordKind::Membership).naming.parts == QStringList{u"organisation_id"_s, u"network_id"_s});
    // Every record kind with a name column is named by it; the others say how they are named, or are never named.
    for (const EntityDescription &entity : Catalogue::entities()) {
        INFO(entity.table.toStdString());
        CHECK((!entity.nameColumn().isEmpty() || entity.naming.format || entity.naming.anonymous));
        for (const QString &part : entity.naming.parts)
            CHECK(entity.field(part) != nullptr);
    }
}

TEST_CASE("The catalogue's listed and searchable fields are the lists' columns and search fields", "[catalogue]")
{
    for (ListKind kind : allListKinds()) {
        const EntityDescription &entity = Catalogue::forList(kind);
        const ListQuery &query = listQuery(kind);
        // The alias of the record's own table: "organisations o" → "o".
        const QString alias = query.from.section(u' ', 1, 1);
        QStringList columns;
        for (const ListQuery::Column &column : query.columns)
            columns << column.expression;
        QStringList searched;
        for (const ListQuery::SearchField &field : query.searchFields)
            searched << field.expression;
        for (const FieldDescription &field : entity.fields) {
            INFO(QString(entity.table + u'.' + field.column).toStdString());
            const QString expression = alias + u'.' + field.column;
            CHECK(field.is(FieldFlag::Listed) == columns.contains(expression));
            CHECK(field.is(FieldFlag::Searchable) == searched.contains(expression));
        }
    }
}

TEST_CASE("The catalogue's importable fields are the import's fields of the same name", "[catalogue]")
{
    const QList<QPair<ImportKind, RecordKind>> kinds{{ImportKind::Organisations, RecordKind::Organisation},
                                                     {ImportKind::People, RecordKind::Person}};
    for (const auto &[importKind, recordKind] : kinds) {
        QStringList codes;
        for (ImportField field : ImportFields::forKind(importKind))
            codes << ImportFields::code(field);
        const EntityDescription &entity = Catalogue::entity(recordKind);
        for (const FieldDescription &field : entity.fields) {
            INFO(QString(entity.table + u'.' + field.column).toStdString());
            CHECK(field.is(FieldFlag::Importable) == codes.contains(field.column));
        }
    }
    // Only those two record kinds are imported field by field.
    for (const EntityDescription &entity : Catalogue::entities()) {
        if (entity.kind != RecordKind::Organisation && entity.kind != RecordKind::Person)
            CHECK(entity.fieldsWith(FieldFlag::Importable).isEmpty());
    }
}
