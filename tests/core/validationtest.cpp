#include "domain/validation.h"
#include "storage/organisationrepository.h"
#include "testdatabase.h"
#include "util/error.h"
#include "validationcases.h"

#include <catch2/catch.hpp>

using namespace AllianceDesk;
using namespace AllianceDesk::Test;
using namespace Qt::StringLiterals;

namespace {

Verdict judge(const ValidationCase &validationCase)
{
    switch (validationCase.field) {
    case CaseField::Email:
        return Validation::email(validationCase.value);
    case CaseField::Phone:
        return Validation::phone(validationCase.value, validationCase.country);
    case CaseField::Country:
        return Validation::country(validationCase.value);
    case CaseField::Type:
        return Validation::code(Vocabulary::Kind::OrganisationType, validationCase.value);
    case CaseField::Date:
        return Validation::isoDate(validationCase.value);
    }
    return {};
}

} // namespace

TEST_CASE("validation: every case of the shared table gets its verdict, stored form and words", "[validation]")
{
    for (const ValidationCase &validationCase : validationCases()) {
        INFO(validationCase.describe());
        const Verdict verdict = judge(validationCase);
        CHECK(verdict.kind == validationCase.kind);
        CHECK(verdict.stored.toStdString() == validationCase.stored.toStdString());
        CHECK(verdict.problem.toStdString() == validationCase.problem.toStdString());
    }
}

TEST_CASE("validation: a repository refuses what the rule refuses, in the same words, naming the record",
          "[validation][rules]")
{
    TestDatabase test;
    OrganisationRepository repository(test.connection());
    int number = 0;
    for (const ValidationCase &validationCase : validationCases()) {
        if (validationCase.field == CaseField::Date)
            continue; // an organisation has no date of its own; dates reach repositories as QDate (see rulestest)
        INFO(validationCase.describe());
        Organisation organisation;
        organisation.name = u"Case %1"_s.arg(++number);
        organisation.type = u"ngo"_s;
        organisation.country =
            validationCase.field == CaseField::Country ? validationCase.value : validationCase.country;
        switch (validationCase.field) {
        case CaseField::Email:
            organisation.email = validationCase.value;
            break;
        case CaseField::Phone:
            organisation.phone = validationCase.value;
            break;
        case CaseField::Type:
            organisation.type = validationCase.value;
            break;
        case CaseField::Country:
        case CaseField::Date:
            break;
        }
        QString refusal;
        try {
            repository.add(organisation);
        } catch (const RuleViolation &violation) {
            refusal = violation.message();
        }
        if (validationCase.refused())
            CHECK(refusal.toStdString() ==
                  u"Organisation “%1”: %2."_s.arg(organisation.name, validationCase.problem).toStdString());
        else
            CHECK(refusal.toStdString().empty());
    }
}

TEST_CASE("validation: dates in order, required values, counts", "[validation]")
{
    for (const DateOrderCase &orderCase : dateOrderCases()) {
        INFO(orderCase.describe());
        CHECK(Validation::dateOrder(u"start date"_s, orderCase.start, u"end date"_s, orderCase.end)
                  .value_or(QString())
                  .toStdString() == orderCase.problem.toStdString());
    }
    CHECK(Validation::dateOrder(u"start date"_s, QDate(2021, 3, 1), u"end date"_s, QDate(2020, 1, 1)) ==
          u"the end date (2020-01-01) is before the start date (2021-03-01)"_s);
    CHECK(!Validation::dateOrder(u"start date"_s, QDate(2021, 3, 1), u"end date"_s, QDate(2021, 3, 1)));
    CHECK(!Validation::dateOrder(u"start date"_s, QDate(), u"end date"_s, QDate(2020, 1, 1)));
    CHECK(Validation::requiredText(u"name"_s, u"  "_s) == u"the name is required"_s);
    CHECK(!Validation::requiredText(u"name"_s, u"ROZAN"_s));
    CHECK(Validation::requiredDate(u"start date"_s, QDate()) == u"the start date is required"_s);
    CHECK(Validation::notNegative(u"attendance"_s, -3) == u"the attendance cannot be negative (-3)"_s);
    CHECK(!Validation::notNegative(u"attendance"_s, std::nullopt));
    CHECK(Validation::code(Vocabulary::Kind::NetworkLevel, QString()).problem ==
          u"the network level is missing (expected one of: global, regional, national, subnational, local)"_s);
    CHECK(Validation::isoDate(u" 2024-01-01"_s).problem == u"“ 2024-01-01” is not a date written YYYY-MM-DD"_s);
    CHECK(Validation::sentence(u"“x” is wrong"_s) == u"“x” is wrong."_s);
    CHECK(Validation::sentence(u"the name is required"_s) == u"The name is required."_s);
}
