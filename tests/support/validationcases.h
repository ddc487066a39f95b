#pragma once
// The one table of values every way in must judge alike: a form (tests/ui/validationformtest.cpp), an import row
// (tests/import/validationimporttest.cpp), `check` on a value another tool stored (tests/cli/clicheckvaluestest.cpp)
// and the rules themselves (tests/core/validationtest.cpp). A case added here is driven through all of them.

#include "domain/validation.h"

#include <QDate>
#include <QList>
#include <QString>

namespace AllianceDesk::Test {

/// Which of an organisation's fields a case fills (each is a field the form, the import and the table all have).
enum class CaseField
{
    Email,
    Phone,
    Country,
    Type, ///< a code of a closed list (organisation type)
    Date, ///< a date as written in ISO 8601; forms take dates from a calendar, so only the import and `check`
};

struct ValidationCase
{
    CaseField field;
    QString value;
    QString country;    ///< the record's country (what a phone is judged against); may be empty
    Verdict::Kind kind; ///< Valid, Unverified (kept as written and flagged) or Invalid (refused)
    QString stored;     ///< what is stored when the value is accepted
    QString problem;    ///< the words every way in uses, for Unverified and Invalid

    bool refused() const { return kind == Verdict::Kind::Invalid; }
    /// The field as forms, the import's header and `check` name it.
    QString fieldName() const
    {
        switch (field) {
        case CaseField::Email:
            return QStringLiteral("email");
        case CaseField::Phone:
            return QStringLiteral("phone");
        case CaseField::Country:
            return QStringLiteral("country");
        case CaseField::Type:
            return QStringLiteral("type");
        case CaseField::Date:
            return QStringLiteral("date");
        }
        return {};
    }
    std::string describe() const
    {
        const QString text = fieldName() + QStringLiteral(" “") + value + QStringLiteral("”") +
                             (country.isEmpty() ? QString() : QStringLiteral(" in ") + country);
        return text.toStdString();
    }
};

inline const QList<ValidationCase> &validationCases()
{
    using K = Verdict::Kind;
    using F = CaseField;
    static const QList<ValidationCase> cases = {
        // Emails: one rule. Without an @ (or with nothing on one side of it) it is no address and is refused; with
        // an @ but not shaped like name@example.org (two addresses, no domain) it is kept as written, unverified.
        {F::Email,
         QStringLiteral("info@quokka-forum.org"),
         QStringLiteral("PK"),
         K::Valid,
         QStringLiteral("info@quokka-forum.org"),
         {}},
        {F::Email,
         QStringLiteral("office.quokka"),
         QStringLiteral("PK"),
         K::Invalid,
         {},
         QStringLiteral("“office.quokka” is not an email address (expected name@example.org)")},
        {F::Email,
         QStringLiteral("@quokka-forum.org"),
         QStringLiteral("PK"),
         K::Invalid,
         {},
         QStringLiteral("“@quokka-forum.org” is not an email address (expected name@example.org)")},
        {F::Email,
         QStringLiteral("quokka@"),
         QStringLiteral("PK"),
         K::Invalid,
         {},
         QStringLiteral("“quokka@” is not an email address (expected name@example.org)")},
        {F::Email, QStringLiteral("a@b.c, d@e.org"), QStringLiteral("PK"), K::Unverified,
         QStringLiteral("a@b.c, d@e.org"),
         QStringLiteral("“a@b.c, d@e.org” does not look like one email address (name@example.org): kept as written, "
                        "marked unverified")},
        {F::Email, QStringLiteral("office@quokka"), QStringLiteral("PK"), K::Unverified,
         QStringLiteral("office@quokka"),
         QStringLiteral("“office@quokka” does not look like one email address (name@example.org): kept as written, "
                        "marked unverified")},
        // Phones: libphonenumber against the record's country, stored in E.164; a number it does not know is kept
        // as written, unverified; only text that cannot be a number is refused.
        {F::Phone,
         QStringLiteral("+92 51 2345678"),
         QStringLiteral("PK"),
         K::Valid,
         QStringLiteral("+92512345678"),
         {}},
        {F::Phone, QStringLiteral("0300 1234567"), QStringLiteral("PK"), K::Valid, QStringLiteral("+923001234567"), {}},
        {F::Phone,
         QStringLiteral("020 7946 0958"),
         QStringLiteral("GB"),
         K::Valid,
         QStringLiteral("+442079460958"),
         {}},
        {F::Phone,
         QStringLiteral("call the office"),
         QStringLiteral("PK"),
         K::Invalid,
         {},
         QStringLiteral("“call the office” is not a phone number (it has letters)")},
        {F::Phone,
         QStringLiteral("--"),
         QStringLiteral("PK"),
         K::Invalid,
         {},
         QStringLiteral("“--” is not a phone number (it has no digits)")},
        {F::Phone, QStringLiteral("+92-937-123456"), QStringLiteral("PK"), K::Unverified,
         QStringLiteral("+92-937-123456"),
         QStringLiteral("“+92-937-123456” is not a number libphonenumber knows: kept as written, marked unverified")},
        {F::Phone, QStringLiteral("0937 123458"), QStringLiteral("PK"), K::Unverified, QStringLiteral("0937 123458"),
         QStringLiteral("“0937 123458” is not a number libphonenumber knows for Pakistan: kept as written, marked "
                        "unverified")},
        {F::Phone, QStringLiteral("0300 1234567"), QString(), K::Unverified, QStringLiteral("0300 1234567"),
         QStringLiteral("“0300 1234567” has no country code (+…) and the record has no country, so it cannot be "
                        "verified: kept as written, marked unverified")},
        // Countries: ISO 3166-1.
        {F::Country, QStringLiteral("PK"), QStringLiteral("PK"), K::Valid, QStringLiteral("PK"), {}},
        {F::Country,
         QStringLiteral("XX"),
         QStringLiteral("XX"),
         K::Invalid,
         {},
         QStringLiteral("“XX” is not a country (expected a country’s name or its ISO 3166-1 country code, such as PK, "
                        "IN or ZA)")},
        // Codes of the closed lists.
        {F::Type, QStringLiteral("ngo"), QStringLiteral("PK"), K::Valid, QStringLiteral("ngo"), {}},
        {F::Type,
         QStringLiteral("charity"),
         QStringLiteral("PK"),
         K::Invalid,
         {},
         QStringLiteral("“charity” is not a known organisation type (expected one of: ngo, ingo, un_agency, "
                        "government, academic, donor, network, other)")},
        // Dates: ISO 8601, days the calendar has.
        {F::Date, QStringLiteral("2024-02-29"), QStringLiteral("PK"), K::Valid, QStringLiteral("2024-02-29"), {}},
        {F::Date,
         QStringLiteral("2023-02-29"),
         QStringLiteral("PK"),
         K::Invalid,
         {},
         QStringLiteral("“2023-02-29” is not a day of the calendar (no such month or day)")},
        {F::Date,
         QStringLiteral("2023-13-01"),
         QStringLiteral("PK"),
         K::Invalid,
         {},
         QStringLiteral("“2023-13-01” is not a day of the calendar (no such month or day)")},
    };
    return cases;
}

/// Two dates of one record that must come in order: an event's start and end (a form, `check`; an import row has no
/// pair of dates).
struct DateOrderCase
{
    QDate start;
    QDate end;
    QString problem; ///< empty when the dates are in order

    std::string describe() const
    {
        const QString text = start.toString(Qt::ISODate) + QStringLiteral(" to ") + end.toString(Qt::ISODate);
        return text.toStdString();
    }
};

inline const QList<DateOrderCase> &dateOrderCases()
{
    static const QList<DateOrderCase> cases = {
        {QDate(2024, 11, 20), QDate(2024, 11, 18),
         QStringLiteral("the end date (2024-11-18) is before the start date (2024-11-20)")},
        {QDate(2024, 11, 20), QDate(2024, 11, 20), {}},
        {QDate(2024, 11, 20), QDate(2024, 11, 21), {}},
    };
    return cases;
}

/// The cases of one field.
inline QList<ValidationCase> validationCases(CaseField field)
{
    QList<ValidationCase> result;
    for (const ValidationCase &validationCase : validationCases()) {
        if (validationCase.field == field)
            result << validationCase;
    }
    return result;
}

} // namespace AllianceDesk::Test
