#include "output/reportdialog.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QComboBox>
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

TEST_CASE("The report preview follows a change of report or network, and shows what Save makes", "[ui][report]")
{
    // Seen in the walkthrough: the preview kept the first network while Save used the one chosen since.
    Test::TestDatabase test(true);
    ReportDialog dialog(test.database(), ReportKind::MemberDirectory);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy ready(&dialog, &ReportDialog::previewReady);
    dialog.startPreview(); // as the Reports menu opens it
    REQUIRE(ready.wait(30000));

    auto *network = dialog.findChildren<QComboBox *>().at(1);
    REQUIRE(network->findData(u"MenEngage Alliance Pakistan"_s) >= 0);
    network->setCurrentIndex(network->findData(u"MenEngage Alliance Pakistan"_s));
    REQUIRE(ready.wait(30000));
    while (dialog.isPreparingPreview())
        REQUIRE(ready.wait(30000));
    CHECK(dialog.previewedParameters() == dialog.parameters().canonical());
    CHECK(dialog.previewedParameters().contains(u"network=MenEngage Alliance Pakistan"_s));

    auto *kind = dialog.findChildren<QComboBox *>().at(0);
    kind->setCurrentIndex(kind->findData(static_cast<int>(ReportKind::NetworkProfile)));
    REQUIRE(ready.wait(30000));
    while (dialog.isPreparingPreview())
        REQUIRE(ready.wait(30000));
    CHECK(dialog.previewedParameters().startsWith(u"report=network-profile;"_s));
}
