#include "import/importer.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"
#include "validationcases.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace AllianceDesk;
using namespace AllianceDesk::Test;
using namespace Qt::StringLiterals;

namespace {

/// One CSV field, quoted when it holds a delimiter or a quote.
QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

/// The file's columns, 1-based, in the order the header names them.
enum Column
{
    NameColumn = 1,
    CountryColumn,
    TypeColumn,
    EmailColumn,
    PhoneColumn,
    JoinedColumn,
};

int columnOf(CaseField field)
{
    switch (field) {
    case CaseField::Email:
        return EmailColumn;
    case CaseField::Phone:
        return PhoneColumn;
    case CaseField::Country:
        return CountryColumn;
    case CaseField::Type:
        return TypeColumn;
    case CaseField::Date:
        return JoinedColumn;
    }
    return 0;
}

QString caseName(qsizetype index)
{
    return u"Validation case %1"_s.arg(index + 1);
}

} // namespace

TEST_CASE("validation: an import row is refused, or its value kept and flagged, in the words of the shared table",
          "[import][validation]")
{
    TestDatabase test(true);
    const QList<ValidationCase> &cases = validationCases();
    // One row a case: the case's value in its column, the rest of the row fine.
    QString csv = u"name,country,type,email,phone,joined\n"_s;
    for (qsizetype index = 0; index < cases.size(); ++index) {
        const ValidationCase &validationCase = cases.at(index);
        QStringList row(6);
        row[NameColumn - 1] = caseName(index);
        row[CountryColumn - 1] = validationCase.country;
        row[TypeColumn - 1] = u"ngo"_s;
        row[columnOf(validationCase.field) - 1] = validationCase.value;
        for (QString &value : row)
            value = csvField(value);
        csv += row.join(u',') + u'\n';
    }
    const QString path = QDir(test.dir()).filePath(u"cases.csv"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(csv.toUtf8());
    }
    ImportOptions options;
    options.networkName = u"MenEngage Alliance Pakistan"_s; // so that the joining date is stored
    Importer importer(path, options);
    const ImportResult result = importer.run(test.connection());

    const auto stored = [&](qsizetype index, CaseField field) -> std::optional<QString> {
        const QString sql =
            field == CaseField::Date
                ? u"SELECT min(c.effective_date) FROM organisations o JOIN memberships m ON m.organisation_id = o.id "
                  "JOIN membership_status_changes c ON c.membership_id = m.id WHERE o.name = :name"_s
                : u"SELECT %1 FROM organisations WHERE name = :name"_s.arg(
                      QLatin1StringView(field == CaseField::Email     ? "email"
                                        : field == CaseField::Phone   ? "phone"
                                        : field == CaseField::Country ? "country"
                                                                      : "type"));
        SqlQuery query(test.connection(), sql);
        query.bind(u":name"_s, caseName(index)).exec();
        if (!query.next() || (field == CaseField::Date && query.value(0).isNull()))
            return std::nullopt;
        return query.value(0).toString();
    };

    qsizetype refused = 0;
    for (qsizetype index = 0; index < cases.size(); ++index) {
        const ValidationCase &validationCase = cases.at(index);
        INFO(validationCase.describe());
        const qint64 line = index + 2;
        const int column = columnOf(validationCase.field);
        QStringList problems;
        for (const RowProblem &problem : result.problems) {
            if (problem.line == line)
                problems << u"column %1: %2"_s.arg(problem.column).arg(problem.reason);
        }
        QStringList flagged;
        for (const UnverifiedValue &value : result.unverifiedValues) {
            if (value.line == line)
                flagged << u"column %1 (%2) “%3”: %4"_s.arg(value.column).arg(value.field, value.value, value.reason);
        }
        if (validationCase.refused()) {
            ++refused;
            CHECK(problems.join(u'\n').toStdString() ==
                  u"column %1: %2"_s.arg(column).arg(validationCase.problem).toStdString());
            CHECK(!stored(index, CaseField::Email));
            continue;
        }
        CHECK(problems.isEmpty());
        CHECK(stored(index, validationCase.field) == validationCase.stored);
        if (validationCase.kind == Verdict::Kind::Unverified)
            CHECK(flagged.join(u'\n').toStdString() ==
                  u"column %1 (%2) “%3”: %4"_s.arg(column)
                      .arg(validationCase.fieldName(), validationCase.stored, validationCase.problem)
                      .toStdString());
        else
            CHECK(flagged.isEmpty());
    }
    CHECK(result.rejected == refused);
    CHECK(result.created == cases.size() - refused);
}
