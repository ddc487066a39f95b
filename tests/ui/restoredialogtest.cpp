#include "backup/restoredialog.h"
#include "storage/backupstore.h"
#include "storage/organisationrepository.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QTimeZone>
#include <QTreeWidget>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

TEST_CASE("Restore dialog lists the automatic backups, newest first, and the one chosen is restored", "[ui][restore]")
{
    Test::TestDatabase test(true);
    const BackupStore store(test.path());
    const QDateTime morning = QDateTime::currentDateTimeUtc().addDays(-1);
    const QString daily = store.make(test.database(), BackupStore::Kind::Daily, morning);
    Organisation added;
    added.name = u"Added before an import"_s;
    OrganisationRepository(test.connection()).add(added);
    const QString beforeImport = store.make(test.database(), BackupStore::Kind::BeforeImport, morning.addSecs(3600));

    RestoreDialog dialog(test.path());
    const auto *list = dialog.findChild<QTreeWidget *>();
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(1) == u"Before an import"_s);
    CHECK(list->topLevelItem(1)->text(1) == u"Daily"_s);
    CHECK(list->currentItem() == list->topLevelItem(0));

    // The older one chosen, as a user would with the arrow key, and restored.
    dialog.findChild<QTreeWidget *>()->setCurrentItem(list->topLevelItem(1));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.chosenPath() == daily);
    test.database().restoreFrom(dialog.chosenPath());
    CHECK_FALSE(OrganisationRepository(test.connection()).findByName(u"Added before an import"_s).has_value());
    CHECK(OrganisationRepository(test.connection()).findByName(u"ROZAN"_s).has_value());
    CHECK(beforeImport != daily);
}
