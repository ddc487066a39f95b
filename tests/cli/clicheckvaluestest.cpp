#include "clitestsupport.h"
#include "validationcases.h"

#include <catch2/catch.hpp>

using namespace AllianceDesk;
using namespace AllianceDesk::CliTest;
using namespace AllianceDesk::Test;
using namespace Qt::StringLiterals;

TEST_CASE("cli: check reports every stored value the rules refuse, in the words of the shared table, naming the "
          "record and the field",
          "[cli][validation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = initSample(dir);
    const QList<ValidationCase> &cases = validationCases();
    const auto recordName = [](qsizetype index) { return u"Check case %1"_s.arg(index + 1); };

    // Each value written by another SQLite program: no AllianceDesk rules, and the schema's CHECKs off (as a tool
    // may turn them off), so that only `check` stands between the value and the user.
    {
        RawConnection raw(path);
        raw.exec(u"PRAGMA ignore_check_constraints = ON"_s);
        for (qsizetype index = 0; index < cases.size(); ++index) {
            const ValidationCase &validationCase = cases.at(index);
            // What a tool would write: a refused value as it is, an accepted one in the form the app stores it.
            const QString value = validationCase.refused() ? validationCase.value : validationCase.stored;
            QSqlQuery insert(raw.db());
            if (validationCase.field == CaseField::Date) {
                insert.prepare(u"INSERT INTO networks (name, level, founded) VALUES (:name, 'local', :value)"_s);
            } else {
                const char *column = validationCase.field == CaseField::Email     ? "email"
                                     : validationCase.field == CaseField::Phone   ? "phone"
                                     : validationCase.field == CaseField::Country ? "country"
                                                                                  : "type";
                const bool ownCountry = validationCase.field == CaseField::Country;
                const bool ownType = validationCase.field == CaseField::Type;
                insert.prepare(u"INSERT INTO organisations (name, type, country%1) VALUES (:name, %2, %3%4)"_s.arg(
                    ownCountry || ownType ? QString() : u", "_s + QLatin1StringView(column),
                    ownType ? u":value"_s : u"'ngo'"_s, ownCountry ? u":value"_s : u":country"_s,
                    ownCountry || ownType ? QString() : u", :value"_s));
                if (!ownCountry)
                    insert.bindValue(u":country"_s,
                                     validationCase.country.isEmpty() ? QVariant() : QVariant(validationCase.country));
            }
            insert.bindValue(u":name"_s, recordName(index));
            insert.bindValue(u":value"_s, value);
            INFO(validationCase.describe());
            INFO(insert.lastError().text().toStdString());
            REQUIRE(insert.exec());
        }
        for (qsizetype index = 0; index < dateOrderCases().size(); ++index) {
            const DateOrderCase &orderCase = dateOrderCases().at(index);
            QSqlQuery insert(raw.db());
            insert.prepare(u"INSERT INTO events (name, kind, start_date, end_date) VALUES (:name, 'meeting', :start, "
                           ":end)"_s);
            insert.bindValue(u":name"_s, u"Order case %1"_s.arg(index + 1));
            insert.bindValue(u":start"_s, orderCase.start.toString(Qt::ISODate));
            insert.bindValue(u":end"_s, orderCase.end.toString(Qt::ISODate));
            REQUIRE(insert.exec());
        }
    }

    const CliResult result = runCli(dir, path, {u"check"_s});
    INFO(result.outText().toStdString());
    INFO(result.errText().toStdString());
    const QStringList lines = result.outText().split(u'\n', Qt::SkipEmptyParts);
    qsizetype refused = 0;
    for (qsizetype index = 0; index < cases.size(); ++index) {
        const ValidationCase &validationCase = cases.at(index);
        INFO(validationCase.describe());
        const QString record = (validationCase.field == CaseField::Date ? u"Network “%1”"_s : u"Organisation “%1”"_s)
                                   .arg(recordName(index));
        QStringList about;
        for (const QString &line : lines) {
            if (line.startsWith(record + u':'))
                about << line;
        }
        const QString field = validationCase.field == CaseField::Date ? u"founding date"_s : validationCase.fieldName();
        if (validationCase.refused()) {
            ++refused;
            CHECK(about.join(u'\n').toStdString() ==
                  u"%1: %2 %3"_s.arg(record, field, validationCase.problem).toStdString());
        } else if (validationCase.kind == Verdict::Kind::Unverified) {
            CHECK(about.join(u'\n').toStdString() ==
                  u"%1: warning: %2 %3"_s.arg(record, field, validationCase.problem).toStdString());
        } else {
            CHECK(about.isEmpty());
        }
    }
    for (qsizetype index = 0; index < dateOrderCases().size(); ++index) {
        const DateOrderCase &orderCase = dateOrderCases().at(index);
        INFO(orderCase.describe());
        const QString record = u"Event “Order case %1”"_s.arg(index + 1);
        QStringList about;
        for (const QString &line : lines) {
            if (line.startsWith(record + u':'))
                about << line;
        }
        if (orderCase.problem.isEmpty()) {
            CHECK(about.isEmpty());
        } else {
            ++refused;
            CHECK(about.join(u'\n').toStdString() == u"%1: %2"_s.arg(record, orderCase.problem).toStdString());
        }
    }
    REQUIRE(refused > 0);
    CHECK(result.exitCode == 2);
    // SQLite's own integrity check also sees the CHECKs the stored type and event dates break.
    CHECK(lines.contains(u"Database file: CHECK constraint failed in organisations"_s));
    CHECK(lines.contains(u"Database file: CHECK constraint failed in events"_s));
    CHECK(result.errText().contains(u"%1 problem"_s.arg(refused + 2))); // "problems", or "problem(s)" untranslated
}
