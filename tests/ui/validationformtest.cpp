#include "editors/eventform.h"
#include "editors/optionaldateedit.h"
#include "editors/organisationform.h"
#include "testdatabase.h"
#include "validationcases.h"
#include "widgettesting.h"

#include "document/document.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace AllianceDesk;
using namespace AllianceDesk::Test;
using namespace Qt::StringLiterals;

namespace {

/// The country box's text for a code, as a user picks it from the list ("Pakistan (PK)"), or the text typed.
void chooseCountry(OrganisationForm &form, const QString &country)
{
    auto *box = field<QComboBox>(form, u"country"_s);
    const int index = country.isEmpty() ? 0 : box->findData(country);
    if (index >= 0)
        box->setCurrentIndex(index);
    else
        box->setEditText(country);
}

} // namespace

TEST_CASE("validation: the organisation form refuses, or saves as the rule stores, every case of the shared table",
          "[ui][forms][validation]")
{
    QTemporaryDir dir;
    Document document(Database::open(dir.filePath(u"forms.alliancedesk"_s), Database::OpenMode::CreateIfMissing));
    int saved = 0;
    for (const ValidationCase &validationCase : validationCases()) {
        INFO(validationCase.describe());
        OrganisationForm form(&document);
        form.show();
        REQUIRE(QTest::qWaitForWindowExposed(&form));
        typeInto(form, u"name"_s, u"Validation case %1"_s.arg(saved + 1));
        QString label;
        switch (validationCase.field) {
        case CaseField::Email:
            chooseCountry(form, validationCase.country);
            typeInto(form, u"email"_s, validationCase.value);
            label = u"Email"_s;
            break;
        case CaseField::Phone:
            chooseCountry(form, validationCase.country);
            typeInto(form, u"phone"_s, validationCase.value);
            label = u"Phone"_s;
            break;
        case CaseField::Country:
            chooseCountry(form, validationCase.value);
            label = u"Country"_s;
            break;
        case CaseField::Type:
            // Chosen from the closed list: the form cannot be given anything else.
            CHECK(!field<QComboBox>(form, u"type"_s)->isEditable());
            CHECK((field<QComboBox>(form, u"type"_s)->findData(validationCase.value) >= 0) ==
                  !validationCase.refused());
            continue;
        case CaseField::Date:
            continue; // an organisation has no date field; dates come from a calendar (see datefieldtest.cpp)
        }
        if (validationCase.refused()) {
            CHECK(message(form).toStdString() == u"%1: %2."_s.arg(label, validationCase.problem).toStdString());
            CHECK(!form.saveButton()->isEnabled());
            continue;
        }
        // Accepted, verified or kept as written: saved as the rule stores it.
        CHECK(message(form).toStdString().empty());
        REQUIRE(form.saveButton()->isEnabled());
        REQUIRE(form.save());
        ++saved;
        const Organisation organisation = OrganisationRepository(document.connection()).get(form.recordId());
        const QString stored = validationCase.field == CaseField::Email   ? organisation.email
                               : validationCase.field == CaseField::Phone ? organisation.phone
                                                                          : organisation.country;
        CHECK(stored.toStdString() == validationCase.stored.toStdString());
    }
    CHECK(saved > 0);
}

TEST_CASE("validation: the event form refuses dates out of order in the words of the shared table",
          "[ui][forms][validation]")
{
    QTemporaryDir dir;
    Document document(Database::open(dir.filePath(u"forms.alliancedesk"_s), Database::OpenMode::CreateIfMissing));
    for (const DateOrderCase &orderCase : dateOrderCases()) {
        INFO(orderCase.describe());
        EventForm form(&document);
        form.show();
        REQUIRE(QTest::qWaitForWindowExposed(&form));
        typeInto(form, u"name"_s, u"Gender dialogue"_s);
        field<QDateEdit>(form, u"start"_s)->setDate(orderCase.start);
        field<OptionalDateEdit>(form, u"end"_s)->setDate(orderCase.end);
        if (orderCase.problem.isEmpty()) {
            CHECK(message(form).toStdString().empty());
            CHECK(form.saveButton()->isEnabled());
        } else {
            CHECK(message(form).toStdString() == Validation::sentence(orderCase.problem).toStdString());
            CHECK(!form.saveButton()->isEnabled());
        }
    }
}
