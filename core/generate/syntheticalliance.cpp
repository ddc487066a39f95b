#include "syntheticalliance.h"

#include "culture.h"

#include "search/searchindex.h"
#include "storage/sqlfunctions.h"
#include "util/error.h"

#include <QRandomGenerator>
#include <QString>

#include <sqlite3.h>

#include <array>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

[[noreturn]] void fail(sqlite3 *db)
{
    throw StorageError(u"Cannot generate the synthetic alliance: %1."_s.arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

/// A prepared insert on the raw handle: binds texts (empty as NULL) and integers, runs, resets.
class Insert
{
public:
    Insert(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            fail(db);
    }
    ~Insert() { sqlite3_finalize(m_statement); }
    Insert(const Insert &) = delete;
    Insert &operator=(const Insert &) = delete;

    Insert &text(int index, const QString &value)
    {
        if (value.isEmpty()) {
            sqlite3_bind_null(m_statement, index);
        } else {
            const QByteArray utf8 = value.toUtf8();
            sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        }
        return *this;
    }
    Insert &integer(int index, qint64 value)
    {
        sqlite3_bind_int64(m_statement, index, value);
        return *this;
    }
    qint64 run()
    {
        if (sqlite3_step(m_statement) != SQLITE_DONE)
            fail(m_db);
        sqlite3_reset(m_statement);
        return sqlite3_last_insert_rowid(m_db);
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

QString utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

/// Lower-case ASCII letters and digits of a Latin name, for emails and web addresses ("Müller" -> "muller").
QString asciiSlug(const QString &latin)
{
    QString slug;
    for (const QChar c : foldForSearch(latin)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
    }
    return slug;
}

class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_seed{static_cast<quint32>(seed), static_cast<quint32>(seed >> 32)}
        , m_random(m_seed.data(), static_cast<qsizetype>(m_seed.size()))
    {
        for (const Culture &culture : syntheticCultures())
            m_totalWeight += culture.weight;
    }

    int below(int bound) { return static_cast<int>(m_random.bounded(static_cast<quint32>(bound))); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(static_cast<int>(list.size())));
    }

    const Culture &culture()
    {
        int draw = below(m_totalWeight);
        for (const Culture &culture : syntheticCultures()) {
            draw -= culture.weight;
            if (draw < 0)
                return culture;
        }
        return syntheticCultures().constFirst();
    }

    QString date(int fromYear, int toYear)
    {
        return u"%1-%2-%3"_s.arg(fromYear + below(toYear - fromYear + 1))
            .arg(1 + below(12), 2, 10, QLatin1Char('0'))
            .arg(1 + below(28), 2, 10, QLatin1Char('0'));
    }

    QString phone(const Culture &culture)
    {
        QString number = QString::fromLatin1(culture.phonePrefix);
        for (int i = 0; i < culture.phoneDigits; ++i)
            number += QChar(u'0' + below(10));
        return number;
    }

private:
    std::array<quint32, 2> m_seed;
    QRandomGenerator m_random;
    int m_totalWeight = 0;
};

const QList<const char *> organisationTypes = {"ngo", "ngo",      "ngo",        "ngo",  "ngo",   "ngo",
                                               "ngo", "academic", "government", "ingo", "donor", "other"};
const QList<const char *> titles = {"Programme Officer", "Coordinator", "Executive Director",
                                    "Field Officer",     "Volunteer",   "Communications Officer",
                                    "Researcher",        "Trainer"};
const QList<const char *> mailDomains = {"example.org", "example.net", "mail.example.com"};

} // namespace

SyntheticAlliance::Result SyntheticAlliance::generate(const QSqlDatabase &db, const Options &options)
{
    sqlite3 *handle = sqliteHandle(db);
    Generator random(options.seed);
    Result result;

    if (sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(handle);
    try {
        QList<qint64> networks;
        {
            sqlite3_stmt *statement = nullptr;
            if (sqlite3_prepare_v2(handle, "SELECT id FROM networks ORDER BY id", -1, &statement, nullptr) != SQLITE_OK)
                fail(handle);
            while (sqlite3_step(statement) == SQLITE_ROW)
                networks << sqlite3_column_int64(statement, 0);
            sqlite3_finalize(statement);
        }

        Insert organisation(handle, "INSERT INTO organisations (name, native_name, acronym, type, country, province, "
                                    "city, website, email, phone, notes, is_sample) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
        Insert membership(handle, "INSERT INTO memberships (organisation_id, network_id, role, coc_signed) "
                                  "VALUES (?, ?, 'member', ?)");
        Insert status(handle, "INSERT INTO membership_status_changes (membership_id, status, effective_date) "
                              "VALUES (?, 'active', ?)");
        QList<qint64> organisations;
        organisations.reserve(options.organisations);
        for (int i = 0; i < options.organisations; ++i) {
            const Culture &culture = random.culture();
            const int cityIndex = random.below(static_cast<int>(culture.cities.size()));
            const NamePair &city = culture.cities.at(cityIndex);
            const NamePair &theme = random.pick(culture.themes);
            const NamePair &form = random.pick(culture.forms);
            // Named after its city, or after a founder.
            const NamePair lead = random.chance(70) ? city : random.pick(culture.familyNames);
            auto compose = [&culture](const QString &place, const QString &what, const QString &kind) {
                return culture.nameFirstInOrgName ? u"%1 %2 %3"_s.arg(place, what, kind)
                                                  : u"%1 %2 %3"_s.arg(kind, what, place);
            };
            const QString name = compose(utf8(lead.latin), utf8(theme.latin), utf8(form.latin));
            const QString native = lead.native && theme.native && form.native
                                       ? compose(utf8(lead.native), utf8(theme.native), utf8(form.native))
                                       : QString();
            QString acronym;
            for (const QString &word : name.split(u' ', Qt::SkipEmptyParts))
                acronym += word.at(0).toUpper();
            const QString slug = asciiSlug(acronym) + QString::number(i + 1);
            const QString domain = slug + u".org"_s;
            const QString notes = random.chance(10)
                                      ? u"Synthetic record for testing; member since %1."_s.arg(2000 + random.below(24))
                                      : QString();
            organisation.text(1, name)
                .text(2, native)
                .text(3, acronym)
                .text(4, QString::fromLatin1(random.pick(organisationTypes)))
                .text(5, QString::fromLatin1(culture.country))
                .text(6, utf8(culture.provinces.value(cityIndex)))
                .text(7, random.chance(50) && city.native ? utf8(city.native) : utf8(city.latin))
                .text(8, u"https://"_s + domain)
                .text(9, u"info@"_s + domain)
                .text(10, random.phone(culture))
                .text(11, notes);
            const qint64 id = organisation.run();
            organisations << id;
            ++result.organisations;
            if (!networks.isEmpty() && random.chance(30)) {
                const QString joined = random.date(2007, 2023);
                membership.integer(1, id).integer(2, random.pick(networks)).text(3, joined);
                const qint64 membershipId = membership.run();
                status.integer(1, membershipId).text(2, joined).run();
                ++result.memberships;
            }
        }
        if (organisations.isEmpty()) {
            sqlite3_stmt *statement = nullptr;
            if (sqlite3_prepare_v2(handle, "SELECT id FROM organisations ORDER BY id", -1, &statement, nullptr) !=
                SQLITE_OK)
                fail(handle);
            while (sqlite3_step(statement) == SQLITE_ROW)
                organisations << sqlite3_column_int64(statement, 0);
            sqlite3_finalize(statement);
        }

        Insert person(handle, "INSERT INTO people (name, native_name, email, phone, languages, country, is_sample) "
                              "VALUES (?, ?, ?, ?, ?, ?, 1)");
        Insert affiliation(handle, "INSERT INTO affiliations (person_id, organisation_id, role, title, start_date) "
                                   "VALUES (?, ?, 'staff', ?, ?)");
        for (int i = 0; i < options.people; ++i) {
            const Culture &culture = random.culture();
            const NamePair &given = random.pick(culture.givenNames);
            const NamePair &family = random.pick(culture.familyNames);
            const QString latin = utf8(given.latin) + u' ' + utf8(family.latin);
            const QString native = given.native ? utf8(given.native) + u' ' + utf8(family.native) : QString();
            // Some records carry the name only in its own script.
            const bool nativeOnly = !native.isEmpty() && random.chance(30);
            const QString email = u"%1.%2%3@%4"_s.arg(asciiSlug(utf8(given.latin)), asciiSlug(utf8(family.latin)))
                                      .arg(i + 1)
                                      .arg(QString::fromLatin1(random.pick(mailDomains)));
            const qint64 id = person.text(1, nativeOnly ? native : latin)
                                  .text(2, nativeOnly ? QString() : native)
                                  .text(3, email)
                                  .text(4, random.phone(culture))
                                  .text(5, QString::fromLatin1(culture.languages))
                                  .text(6, QString::fromLatin1(culture.country))
                                  .run();
            ++result.people;
            if (!organisations.isEmpty() && random.chance(70)) {
                affiliation.integer(1, id)
                    .integer(2, random.pick(organisations))
                    .text(3, QString::fromLatin1(random.pick(titles)))
                    .text(4, random.date(2010, 2023))
                    .run();
                ++result.affiliations;
            }
        }
        if (!SearchIndex::synchronize(db))
            fail(handle);
    } catch (...) {
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    if (sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        fail(handle);
    }
    return result;
}

} // namespace AllianceDesk
