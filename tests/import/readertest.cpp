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
    CHECK(ValueNormaliser::phone(u"0300 1234567"_s, u"PK"_s) == u"+923001234567"_s);
    CHECK(ValueNormaliser::phone(u"0044 20 7946 0958"_s, QString()) == u"+442079460958"_s);
    CHECK(ValueNormaliser::phone(u"051-2345678 Ext. 12"_s, u"PK"_s) == u"+92512345678;ext=12"_s);
    CHECK(ValueNormaliser::phone(u"+92512345678;ext=12"_s, u"PK"_s) == u"+92512345678;ext=12"_s);
    CHECK_FALSE(ValueNormaliser::phone(u"12"_s, u"PK"_s).has_value());
    CHECK(ValueNormaliser::isValidEmail(u"info@rozan.org"_s));
    CHECK_FALSE(ValueNormaliser::isValidEmail(u"info@rozan"_s));
    CHECK_FALSE(ValueNormaliser::isValidEmail(u"a@b.org; c@d.org"_s));
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
