#include "storage/listdependencies.h"
#include "domain/catalogue.h"
#include "domain/listkind.h"

#include <catch2/catch.hpp>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

TEST_CASE("A list knows which tables it reads, so that a change elsewhere leaves it alone", "[listing][change]")
{
    CHECK(Catalogue::forList(ListKind::Organisations).table == u"organisations"_s);
    CHECK(Catalogue::forList(ListKind::SupportGroups).table == u"support_groups"_s);
    const QStringList memberships = tablesReadBy(ListKind::Memberships);
    CHECK(memberships.contains(u"memberships"_s));
    CHECK(memberships.contains(u"membership_status_changes"_s));
    CHECK(memberships.contains(u"organisations"_s));
    CHECK(memberships.contains(u"networks"_s));
    CHECK_FALSE(memberships.contains(u"events"_s));
    for (ListKind kind : allListKinds()) {
        INFO(listKindName(kind).toStdString());
        CHECK(tablesReadBy(kind).contains(Catalogue::forList(kind).table));
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
