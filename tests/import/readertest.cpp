#include "domain/contactvalues.h"
#include "domain/validation.h"
#include "import/csvreader.h"
#include "import/dialectdetector.h"
#include "import/encodingdetector.h"
#include "import/headermapper.h"
#include "import/importfileerror.h"
#include "import/rowpipeline.h"
#include "import/valuenormaliser.h"
#include "util/countrycatalog.h"

#include <QBuffer>
#include <QStringEncoder>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

using namespace Qt::StringLiterals;
using namespace AllianceDesk;

namespace {

QList<QStringList> readAll(QByteArray bytes, const CsvDialect &dialect, qint64 chunkSize = CsvReader::defaultChunkSize)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, dialect, u"test.csv"_s);
    reader.setChunkSize(chunkSize);
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.next(record))
        rows << record.fields;
    return rows;
}

} // namespace

TEST_CASE("RFC 4180 quoting, line ends and blank rows", "[import][reader]")
{
    CsvDialect dialect;
    const auto rows = readAll("a,\"b,1\",\"c \"\"q\"\"\"\r\n\r\n\"multi\r\nline\",x,\rlast,y,z", dialect);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == QStringList{u"a"_s, u"b,1"_s, u"c \"q\""_s});
    CHECK(rows[1] == QStringList{u"multi\r\nline"_s, u"x"_s, u""_s});
    CHECK(rows[2] == QStringList{u"last"_s, u"y"_s, u"z"_s});
}

TEST_CASE("Rows are read across chunk boundaries", "[import][reader]")
{
    QByteArray bytes;
    for (int i = 0; i < 20000; ++i)
        bytes += "\"Организация " + QByteArray::number(i) + "\nвторая строка\",PK\r\n";
    const auto rows = readAll(bytes, CsvDialect());
    REQUIRE(rows.size() == 20000);
    CHECK(rows[12345][0] == u"Организация 12345\nвторая строка"_s);
}

TEST_CASE("Tiny reads give the same rows: BOMs, CRLFs and characters split across chunks", "[import][reader]")
{
    // Found by the fuzzer (tests/fuzz): a BOM longer than one read ended the file early.
    const QByteArray utf8 = "\xEF\xBB\xBFname,country\r\n\"\xD8\xB9\xD9\x88\xD8\xB1\xD8\xAA\r\nx\",PK\r\n";
    QByteArray utf16 = "\xFF\xFE";
    for (const QChar c : u"name\tcountry\r\nКаппа\tPK\r\n"_s) {
        utf16 += char(c.unicode() & 0xFF);
        utf16 += char(c.unicode() >> 8);
    }
    for (const QByteArray &bytes : {utf8, utf16}) {
        const CsvDialect dialect = DialectDetector::detect(bytes, true);
        const auto expected = readAll(bytes, dialect);
        REQUIRE(expected.size() == 2);
        for (qint64 chunk = 1; chunk <= 7; ++chunk) {
            INFO("chunk " << chunk);
            CHECK(readAll(bytes, dialect, chunk) == expected);
        }
    }
}

TEST_CASE("Structural errors name the line", "[import][reader]")
{
    CsvDialect dialect;
    try {
        readAll("a,b\nc,d\n\"open,e\n", dialect);
        FAIL("no error");
    } catch (const ImportFileError &error) {
        CHECK(error.line() == 3);
        CHECK(error.message().contains(u"test.csv, line 3"_s));
        CHECK(error.message().contains(u"never closed"_s));
    }
    dialect.encoding = u"UTF-8"_s;
    CHECK_THROWS_AS(readAll("ok\nbad \xff byte\n", dialect), ImportFileError);
}

TEST_CASE("Encodings are detected from BOMs, UTF-8 and uchardet", "[import][encoding]")
{
    CHECK(EncodingDetector::detect("\xEF\xBB\xBFname", true).name == u"UTF-8"_s);
    CHECK(EncodingDetector::detect("\xFF\xFEn\0a\0", true).name == u"UTF-16LE"_s);
    CHECK(EncodingDetector::detect("\xFE\xFF\0n\0a", true).name == u"UTF-16BE"_s);
    CHECK(EncodingDetector::detect(u"Müller"_s.toUtf8(), true).name == u"UTF-8"_s);
    QStringEncoder cp1251("windows-1251");
    const QByteArray russian = cp1251.encode(u"Организация;Страна\nМужчины за равенство;Россия\nЦентр помощи "
                                             "женщинам и детям;Казахстан\n"_s);
    CHECK(EncodingDetector::detect(russian, true).name == u"windows-1251"_s);
    QStringEncoder cp1252("windows-1252");
    CHECK(EncodingDetector::detect(cp1252.encode(u"Association Égalité, “Genre” et Développement"_s), true)
              .name.startsWith(u"windows-125"_s));
}

TEST_CASE("Delimiters, sep= and headers are detected", "[import][dialect]")
{
    const auto known = [](const QString &cell) {
        return HeaderMapper::fieldFor(ImportKind::Organisations, cell).has_value();
    };
    CHECK(DialectDetector::detect("name;country\nA;PK\nB;IN\n", true, {}, {}, known).delimiter == u';');
    CHECK(DialectDetector::detect("name\tcountry\nA\tPK\n", true, {}, {}, known).delimiter == u'\t');
    CHECK(DialectDetector::detect("name|country\nA|PK\n", true, {}, {}, known).delimiter == u'|');
    CHECK(DialectDetector::detect("name,country\n\"A;B\",PK\n", true, {}, {}, known).delimiter == u',');
    const CsvDialect sep = DialectDetector::detect("sep=;\nname;country\n", true, {}, {}, known);
    CHECK(sep.hasSepLine);
    CHECK(sep.delimiter == u';');
    CHECK(DialectDetector::detect("Rozan,PK,info@rozan.org\n", true, {}, {}, known).hasHeader == false);
    CHECK(DialectDetector::detect("Nom,Pays\nA,B\n", true, {}, {}, known).hasHeader);
}

TEST_CASE("Headers map in six languages, CiviCRM and KoboToolbox", "[import][mapping]")
{
    const auto org = [](const QString &header) {
        const auto field = HeaderMapper::fieldFor(ImportKind::Organisations, header);
        return field ? ImportFields::code(*field) : QString();
    };
    CHECK(org(u"Organisation Name"_s) == u"name"_s);
    CHECK(org(u"Nom de l’organisation"_s) == u"name"_s);
    CHECK(org(u"Nombre de la organización"_s) == u"name"_s);
    CHECK(org(u"Nome da organização"_s) == u"name"_s);
    CHECK(org(u"Название организации"_s) == u"name"_s);
    CHECK(org(u"تنظیم کا نام"_s) == u"name"_s);
    CHECK(org(u"Organization Name"_s) == u"name"_s);   // CiviCRM
    CHECK(org(u"group_info/org_name"_s) == u"name"_s); // KoboToolbox
    CHECK(org(u"PAYS"_s) == u"country"_s);
    CHECK(org(u"País"_s) == u"country"_s);
    CHECK(org(u"Страна"_s) == u"country"_s);
    CHECK(org(u"ملک"_s) == u"country"_s);
    CHECK(org(u"E-mail"_s) == u"email"_s);
    CHECK(org(u"Courriel"_s) == u"email"_s);
    CHECK(org(u"Телефон"_s) == u"phone"_s);
    CHECK(org(u"فون نمبر"_s) == u"phone"_s);
    CHECK(org(u"_uuid"_s).isEmpty());
    const auto person = [](const QString &header) {
        const auto field = HeaderMapper::fieldFor(ImportKind::People, header);
        return field ? ImportFields::code(*field) : QString();
    };
    CHECK(person(u"Current Employer"_s) == u"organisation"_s); // CiviCRM
    CHECK(person(u"Фамилия"_s) == u"last_name"_s);
    CHECK(person(u"Prénom"_s) == u"first_name"_s);
    CHECK(person(u"Job Title"_s) == u"title"_s);
}

TEST_CASE("Countries, phones, emails and dates are normalised", "[import][normalise]")
{
    const auto country = [](const QString &value) { return ValueNormaliser::country(value).value_or(u"?"_s); };
    CHECK(country(u"pk"_s) == u"PK"_s);
    CHECK(country(u"PAK"_s) == u"PK"_s);
    CHECK(country(u"Pakistan"_s) == u"PK"_s);
    CHECK(country(u"پاکستان"_s) == u"PK"_s);
    CHECK(country(u"Inde"_s) == u"IN"_s);
    CHECK(country(u"Allemagne"_s) == u"DE"_s);
    CHECK(country(u"Alemania"_s) == u"DE"_s);
    CHECK(country(u"Alemanha"_s) == u"DE"_s);
    CHECK(country(u"Германия"_s) == u"DE"_s);
    CHECK(country(u"Россия"_s) == u"RU"_s);
    CHECK(country(u"Iran"_s) == u"IR"_s);
    CHECK(country(u"Atlantis"_s) == u"?"_s);
    // Arabic letters where Urdu has its own (an Arabic keyboard, a Windows-1256 file): kaf, yeh, heh.
    CHECK(country(u"پاكستان"_s) == u"PK"_s);
    CHECK(country(u"ايران"_s) == u"IR"_s);
    CHECK(HeaderMapper::fieldFor(ImportKind::Organisations, u"ملك"_s) == ImportField::Country);
    // Names in the countries' own languages (CLDR through Qt), which iso-codes' translations lack.
    CHECK(country(u"Кыргызстан"_s) == u"KG"_s);
    CHECK(country(u"საქართველო"_s) == u"GE"_s);
    CHECK(country(u"भारत"_s) == u"IN"_s);
    const auto phone = [](const QString &value, const QString &countryCode) {
        return Validation::phone(value, countryCode).stored;
    };
    CHECK(phone(u"0300 1234567"_s, u"PK"_s) == u"+923001234567"_s);
    CHECK(phone(u"0044 20 7946 0958"_s, QString()) == u"+442079460958"_s);
    CHECK(phone(u"051-2345678 Ext. 12"_s, u"PK"_s) == u"+92512345678;ext=12"_s);
    CHECK(phone(u"+92512345678;ext=12"_s, u"PK"_s) == u"+92512345678;ext=12"_s);
    CHECK(Validation::email(u"info@rozan.org"_s).kind == Verdict::Kind::Valid);
    CHECK(ValueNormaliser::date(u"2021-04-03"_s, DateOrder::Auto).date == QDate(2021, 4, 3));
    CHECK(ValueNormaliser::date(u"25/12/2020"_s, DateOrder::Auto).dayFirst);
    CHECK(ValueNormaliser::date(u"12/25/2020"_s, DateOrder::Auto).monthFirst);
    const auto ambiguous = ValueNormaliser::date(u"03/04/2020"_s, DateOrder::Auto);
    CHECK(ambiguous.ambiguous);
    CHECK_FALSE(ambiguous.valid);
    CHECK(ValueNormaliser::date(u"03/04/2020"_s, DateOrder::DayMonth).date == QDate(2020, 4, 3));
    CHECK(ValueNormaliser::text(u"  Cafe\u0301  "_s) == u"Café"_s);
    CHECK(ValueNormaliser::text(u" 007 "_s) == u"007"_s);
    CHECK(ValueNormaliser::matchKey(u"ROZAN "_s) == ValueNormaliser::matchKey(u"Rozan"_s));
    CHECK(ValueNormaliser::matchKey(u"Shirakat – Partnership for Development"_s) ==
          ValueNormaliser::matchKey(u"Shirakat-Partnership for Development"_s));
    CHECK(ValueNormaliser::matchKey(u"Ｍüller"_s) == ValueNormaliser::matchKey(u"muller"_s));
}

TEST_CASE("Phones and emails: verified, kept as written and unverified, or refused — one rule for every way in",
          "[import][normalise][unverified]")
{
    using Kind = Verdict::Kind;
    // The tester's Mardan landline: libphonenumber does not know it; kept as written, unverified.
    Verdict mardan = Validation::phone(u" +92-937-123456 "_s, u"PK"_s);
    CHECK(mardan.kind == Kind::Unverified);
    CHECK(mardan.stored == u"+92-937-123456"_s);
    CHECK(mardan.problem ==
          u"“+92-937-123456” is not a number libphonenumber knows: kept as written, marked unverified"_s);
    CHECK(ContactValues::isUnverifiedPhone(mardan.stored));
    // Written as bare E.164 digits, it gets a space after the country code: never taken for a verified number.
    mardan = Validation::phone(u"+92937123456"_s, u"PK"_s);
    CHECK(mardan.kind == Kind::Unverified);
    CHECK(mardan.stored == u"+92 937123456"_s);
    CHECK(ContactValues::isUnverifiedPhone(mardan.stored));
    CHECK(Validation::phone(u"+1 5550100123"_s, {}).stored == u"+1 5550100123"_s);
    const Verdict local = Validation::phone(u"051 1234567"_s, u"PK"_s);
    CHECK(local.kind == Kind::Unverified);
    CHECK(local.stored == u"051 1234567"_s);
    CHECK(local.problem ==
          u"“051 1234567” is not a number libphonenumber knows for Pakistan: kept as written, marked unverified"_s);
    const Verdict noCountry = Validation::phone(u"0937 123456"_s, {});
    CHECK(noCountry.kind == Kind::Unverified);
    CHECK(noCountry.problem.startsWith(u"“0937 123456” has no country code (+…) and the record has no country"_s));
    CHECK(Validation::phone(u"12"_s, u"PK"_s).kind == Kind::Unverified);
    // Verified numbers are stored in E.164, which is what "verified" means in a stored value.
    const Verdict verified = Validation::phone(u"+92 (51) 234-5678"_s, u"PK"_s);
    CHECK(verified.kind == Kind::Valid);
    CHECK(verified.stored == u"+92512345678"_s);
    CHECK_FALSE(ContactValues::isUnverifiedPhone(verified.stored));
    CHECK_FALSE(ContactValues::isUnverifiedPhone(u"+92512345678;ext=12"_s));
    CHECK_FALSE(ContactValues::isUnverifiedPhone(QString()));
    // Only what cannot mean anything is refused.
    const Verdict letters = Validation::phone(u"call reception"_s, u"PK"_s);
    CHECK(letters.kind == Kind::Invalid);
    CHECK(letters.problem == u"“call reception” is not a phone number (it has letters)"_s);
    CHECK(letters.stored.isEmpty());
    CHECK(Validation::phone(u"0300-CALL-NOW"_s, u"PK"_s).kind == Kind::Invalid);
    CHECK(Validation::phone(u"–"_s, u"PK"_s).kind == Kind::Invalid);
    CHECK(Validation::phone(u"051-2345670 ext. 99"_s, u"PK"_s).kind != Kind::Invalid);

    CHECK(Validation::email(u"info@rozan.org.pk"_s).kind == Kind::Valid);
    const Verdict two = Validation::email(u"a@b.org; c@d.org"_s);
    CHECK(two.kind == Kind::Unverified);
    CHECK(two.stored == u"a@b.org; c@d.org"_s);
    CHECK(ContactValues::isUnverifiedEmail(two.stored));
    CHECK(Validation::email(u"info@rozan"_s).kind == Kind::Unverified);
    const Verdict noAt = Validation::email(u"not-an-email"_s);
    CHECK(noAt.kind == Kind::Invalid);
    CHECK(noAt.problem == u"“not-an-email” is not an email address (expected name@example.org)"_s);
    CHECK(Validation::email(u"@rozan.org"_s).kind == Kind::Invalid);
    CHECK_FALSE(ContactValues::isUnverifiedEmail(u"info@rozan.org"_s));
}

TEST_CASE("The row pipeline hands over every row in order, then the reader's error, and stops when dropped",
          "[import][pipeline]")
{
    QByteArray bytes;
    for (int i = 1; i <= 2000; ++i)
        bytes += "Org " + QByteArray::number(i) + ",PK\n";
    const RowNormaliser normaliser(ImportKind::Organisations, {ImportField::Name, ImportField::Country}, 2,
                                   DateOrder::Auto);
    QStringList names;
    const auto run = [&](QByteArray data, int stopAfter) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, CsvDialect(), u"test.csv"_s);
        reader.setChunkSize(1000); // many reads, so the reading thread is still at work when rows are taken
        names.clear();
        RowPipeline pipeline(reader, normaliser);
        while (const PreparedRow *prepared = pipeline.next()) {
            CHECK(prepared->record.line == names.size() + 1);
            CHECK(prepared->problems.isEmpty());
            names << prepared->row.value(ImportField::Name);
            if (names.size() == stopAfter)
                break; // the pipeline's destructor stops its thread mid-file
        }
        return names;
    };
    REQUIRE(run(bytes, -1).size() == 2000);
    CHECK(names.first() == u"Org 1"_s);
    CHECK(names.last() == u"Org 2000"_s);
    CHECK(run(bytes, 300).size() == 300);

    // A quote never closed on line 1,801: the 1,800 rows before it arrive, then the error.
    QByteArray broken = bytes;
    broken.insert(broken.indexOf("Org 1801"), '"');
    try {
        run(broken, -1);
        FAIL("no error");
    } catch (const ImportFileError &error) {
        CHECK(error.line() == 1801);
    }
    CHECK(names.size() == 1800);
}

namespace {

/// Reads @p bytes as detected, @p chunkSize bytes at a time; the names of the rows and how the lines were decoded.
QStringList readNames(const QByteArray &bytes, qint64 chunkSize, LineEncodings *lines = nullptr,
                      const QString &encoding = {})
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const CsvDialect dialect = DialectDetector::detect(bytes.left(DialectDetector::headSize),
                                                       bytes.size() <= DialectDetector::headSize, encoding);
    CsvReader reader(buffer, dialect, u"mixed.csv"_s);
    reader.setChunkSize(chunkSize);
    QStringList names;
    CsvRecord record;
    while (reader.next(record))
        names << record.fields.value(0);
    if (lines)
        *lines = reader.lineEncodings();
    return names;
}

} // namespace

TEST_CASE("A file mixing UTF-8 and Windows-1252 lines has each line read by what it is", "[import][encoding]")
{
    QStringEncoder cp1252("windows-1252");
    const QByteArray early = "name,country\n" + QByteArray(cp1252.encode(u"Zoë Égalité,FR\n"_s)) +
                             u"Иван,RU\nZoë Égalité Deux,FR\n"_s.toUtf8();
    for (const qint64 chunk : {CsvReader::defaultChunkSize, qint64(1), qint64(3), qint64(7), qint64(16)}) {
        INFO("chunk " << chunk);
        LineEncodings lines;
        CHECK(readNames(early, chunk, &lines) ==
              QStringList{u"name"_s, u"Zoë Égalité"_s, u"Иван"_s, u"Zoë Égalité Deux"_s});
        CHECK(lines.other == u"windows-1252"_s);
        CHECK(lines.otherLines == QList<qint64>{2});
        CHECK(lines.otherTexts == QStringList{u"Zoë Égalité,FR"_s});
        CHECK(lines.mixed());
        CHECK(lines.describeEncoding(u"windows-1252"_s) == u"UTF-8 and windows-1252"_s);
        CHECK(lines.sentence() ==
              u"Line 2 is not UTF-8 text: it was read as windows-1252, the other lines as UTF-8."_s);
    }

    // Late: past what detection reads, in a file that starts in UTF-8; CR line ends too.
    QByteArray late = "name,country\r";
    int rows = 0;
    while (late.size() < 2 * DialectDetector::headSize) {
        late += u"Организация %1,RU\r"_s.arg(++rows).toUtf8();
    }
    late += cp1252.encode(u"Fundación Niños,ES\r"_s);
    late += u"Зоя,RU\r"_s.toUtf8();
    late += cp1252.encode(u"Café Crème,FR"_s); // the last line, without a line end
    for (const qint64 chunk : {CsvReader::defaultChunkSize, qint64(5), qint64(4096)}) {
        INFO("chunk " << chunk);
        LineEncodings lines;
        const QStringList names = readNames(late, chunk, &lines);
        REQUIRE(names.size() == rows + 4);
        CHECK(names.at(rows) == u"Организация %1"_s.arg(rows));
        CHECK(names.mid(rows + 1) == QStringList{u"Fundación Niños"_s, u"Зоя"_s, u"Café Crème"_s});
        CHECK(lines.otherLines == QList<qint64>{rows + 2, rows + 4});
        CHECK(lines.sentence() == u"Lines %1 and %2 are not UTF-8 text: they were read as windows-1252, the other "
                                  "lines as UTF-8."_s.arg(rows + 2)
                                      .arg(rows + 4));
    }

    // A Windows-1252 file whose lines all decode as such is not mixed: no line is named.
    LineEncodings plain;
    CHECK(readNames(cp1252.encode(u"name;country\r\nAssociation Égalité;FR\r\nFundación Niños;ES\r\n"_s),
                    CsvReader::defaultChunkSize,
                    &plain) == QStringList{u"name"_s, u"Association Égalité"_s, u"Fundación Niños"_s});
    CHECK_FALSE(plain.mixed());
    CHECK(plain.describeEncoding(u"windows-1252"_s) == u"windows-1252"_s);
    CHECK(plain.sentence().isEmpty());
    // A Windows-1251 line in a UTF-8 file: a few Cyrillic letters are read in the Cyrillic Windows code page.
    QStringEncoder cp1251("windows-1251");
    LineEncodings cyrillic;
    CHECK(readNames(u"name,country\nZoë,FR\n"_s.toUtf8() + QByteArray(cp1251.encode(u"Иван Петров,RU\n"_s)),
                    CsvReader::defaultChunkSize, &cyrillic) == QStringList{u"name"_s, u"Zoë"_s, u"Иван Петров"_s});
    CHECK(cyrillic.sentence() == u"Line 3 is not UTF-8 text: it was read as windows-1251, the other lines as UTF-8."_s);
    // Nor is a UTF-8 file.
    LineEncodings utf8;
    CHECK(readNames(u"name\nМуж\nZoë\n"_s.toUtf8(), 2, &utf8) == QStringList{u"name"_s, u"Муж"_s, u"Zoë"_s});
    CHECK(utf8.otherCount == 0);
    CHECK(utf8.describeEncoding(u"UTF-8"_s) == u"UTF-8"_s);
}

TEST_CASE("An encoding the user names is held to: the first line that is not in it is refused", "[import][encoding]")
{
    QStringEncoder cp1252("windows-1252");
    const QByteArray bytes =
        "name,country\nPlain,FR\n" + QByteArray(cp1252.encode(u"Zoë Égalité,FR\n"_s)) + u"Иван,RU\n"_s.toUtf8();
    try {
        readNames(bytes, CsvReader::defaultChunkSize, nullptr, u"windows-1252"_s);
        FAIL("no error");
    } catch (const ImportFileError &error) {
        CHECK(error.line() == 4);
        CHECK(error.message() == u"mixed.csv, line 4: this line is UTF-8 text, not windows-1252 as chosen: let the "
                                 "encoding be detected, and each line is read by what it is."_s);
    }
    try {
        readNames(bytes, 2, nullptr, u"UTF-8"_s);
        FAIL("no error");
    } catch (const ImportFileError &error) {
        CHECK(error.line() == 3);
        CHECK(error.message().startsWith(u"mixed.csv, line 3: bytes that are not valid UTF-8 text."_s));
    }
}
