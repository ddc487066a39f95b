#include "reportdialog.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

TEST_CASE("The report preview is made on a worker: the dialog says so and stays usable meanwhile", "[ui][report]")
{
    Test::TestDatabase test(true);
    ReportDialog dialog(test.database(), ReportKind::MemberDirectory);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy ready(&dialog, &ReportDialog::previewReady);
    auto *preview = dialog.findChild<QLabel *>(u"reportPreview"_s);
    REQUIRE(preview != nullptr);

    dialog.startPreview();
    // startPreview() returns at once: the rows are read and paginated on the worker.
    CHECK(dialog.isPreparingPreview());
    CHECK(preview->text() == u"Preparing the preview…"_s);
    CHECK(dialog.previewPageCount() == 0);

    // Asked again before the first is done (the user changed a parameter): only the newer preview is shown.
    dialog.startPreview();
    REQUIRE(ready.wait(30000));
    QTest::qWait(200); // a late answer from the first preview would arrive meanwhile
    CHECK(ready.size() == 1);
    CHECK(ready.at(0).at(0).toBool());
    CHECK_FALSE(dialog.isPreparingPreview());
    CHECK(dialog.previewPageCount() >= 1);
    CHECK(preview->text().isEmpty());
    CHECK_FALSE(preview->pixmap().isNull());
    CHECK(dialog.findChild<QSpinBox *>()->maximum() == dialog.previewPageCount());

    // The synchronous form (printing uses it) waits with the event loop running and gives the same pages.
    const int pages = dialog.previewPageCount();
    CHECK(dialog.updatePreview());
    CHECK(dialog.previewPageCount() == pages);
}
