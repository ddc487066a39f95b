#include "domain/catalogue.h"
#include "listing/listdependencies.h"

#include <catch2/catch.hpp>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

TEST_CASE("A list knows which tables it reads, so that a change elsewhere leaves it alone", "[listing][change]")
{
    CHECK(recordTable(ListKind::Organisations) == u"organisations"_s);
    CHECK(recordTable(ListKind::SupportGroups) == u"support_groups"_s);
    const QStringList memberships = tablesReadBy(ListKind::Memberships);
    CHECK(memberships.contains(u"memberships"_s));
    CHECK(memberships.contains(u"membership_status_changes"_s));
    CHECK(memberships.contains(u"organisations"_s));
    CHECK(memberships.contains(u"networks"_s));
    CHECK_FALSE(memberships.contains(u"events"_s));
    for (ListKind kind : allListKinds()) {
        INFO(listDefinition(kind).name.toStdString());
        CHECK(Catalogue::forTable(recordTable(kind)) != nullptr);
        CHECK(tablesReadBy(kind).contains(recordTable(kind)));
    }

    DataChange eventEdited;
    eventEdited.add(u"events"_s, 7, ChangedRow::Operation::Update);
    CHECK(listShowsChange(ListKind::Events, eventEdited));
    CHECK_FALSE(listShowsChange(ListKind::Organisations, eventEdited));
    CHECK_FALSE(listShowsChange(ListKind::Memberships, eventEdited));
    DataChange organisationRenamed;
    organisationRenamed.add(u"organisations"_s, 3, ChangedRow::Operation::Update);
    CHECK(listShowsChange(ListKind::Memberships, organisationRenamed));
    CHECK(listShowsChange(ListKind::Events, DataChange::everything()));
}
