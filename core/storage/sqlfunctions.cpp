#include "sqlfunctions.h"

#include "domain/contactvalues.h"
#include "sqlquery.h"
#include "util/countrycatalog.h"
#include "util/error.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>
#include <unicode/ucol.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

void foldFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    const QByteArray folded = foldForSearch(QString::fromUtf8(bytes, size)).toUtf8();
    sqlite3_result_text(context, folded.constData(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

/// ad_unverified_phone(text) and ad_unverified_email(text): 1 when a stored value was kept as written because it
/// could not be verified (ContactValues), so that lists and `check` find them with the rule the forms and the
/// import apply.
template<bool (*isUnverified)(const QString &)>
void unverifiedFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    sqlite3_result_int(context, isUnverified(QString::fromUtf8(bytes, size)) ? 1 : 0);
}

constexpr char collationName[] = "ad_locale";

/// The ICU collator of one connection, for the `ad_locale` collation and `ad_sort_key()`: the same order for both.
struct ConnectionCollator
{
    explicit ConnectionCollator(const QString &localeName)
        : locale(localeName.toUtf8())
    {
        UErrorCode status = U_ZERO_ERROR;
        collator = ucol_open(locale.constData(), &status);
        if (U_FAILURE(status))
            throw StorageError(u"Cannot order names for the locale %1: %2."_s.arg(
                localeName, QString::fromLatin1(u_errorName(status))));
        // Case ignored, accents after their letter (secondary strength), numbers by value ("Group 2" < "Group 10").
        ucol_setStrength(collator, UCOL_SECONDARY);
        ucol_setAttribute(collator, UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
    }
    ~ConnectionCollator() { ucol_close(collator); }
    Q_DISABLE_COPY_MOVE(ConnectionCollator)

    QByteArray locale;
    UCollator *collator = nullptr;
};

int compareCollated(void *data, int size1, const void *text1, int size2, const void *text2)
{
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result =
        ucol_strcollUTF8(static_cast<const ConnectionCollator *>(data)->collator, static_cast<const char *>(text1),
                         size1, static_cast<const char *>(text2), size2, &status);
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

void deleteCollator(void *data)
{
    delete static_cast<ConnectionCollator *>(data);
}

/// ad_sort_key(text): the ICU sort key of a name, a BLOB whose byte order is the collation's order (an index on it
/// serves a list of 100,000 names in order without sorting them).
void sortKeyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *data = static_cast<const ConnectionCollator *>(sqlite3_user_data(context));
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QString text = QString::fromUtf8(bytes, sqlite3_value_bytes(argv[0]));
    const auto *utf16 = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = static_cast<int32_t>(text.size());
    QByteArray key(64 + 4 * text.size(), Qt::Uninitialized);
    int32_t size = ucol_getSortKey(data->collator, utf16, length, reinterpret_cast<uint8_t *>(key.data()),
                                   static_cast<int32_t>(key.size()));
    if (size > key.size()) {
        key.resize(size);
        size = ucol_getSortKey(data->collator, utf16, length, reinterpret_cast<uint8_t *>(key.data()), size);
    }
    // The key ends with a zero byte, which orders nothing: it is left out.
    sqlite3_result_blob(context, key.constData(), std::max(0, size - 1), SQLITE_TRANSIENT);
}

/// ad_sort_locale(): the locale the connection orders names for (recorded in the database by the migration).
void sortLocaleFunction(sqlite3_context *context, int, sqlite3_value **)
{
    const auto *data = static_cast<const ConnectionCollator *>(sqlite3_user_data(context));
    sqlite3_result_text(context, data->locale.constData(), static_cast<int>(data->locale.size()), SQLITE_TRANSIENT);
}

/// ad_country_name(code): the name a list shows for an ISO 3166 code, so that a country column sorts by what is read.
void countryNameFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    const QByteArray name = CountryCatalog::instance().displayName(QString::fromUtf8(bytes, size)).toUtf8();
    sqlite3_result_text(context, name.constData(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
}

} // namespace

QString countryNameExpression(const QString &codeExpression)
{
    return u"ad_country_name(%1)"_s.arg(codeExpression);
}

QLocale sortLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

QString collated(const QString &expression)
{
    return expression + u" COLLATE "_s + QLatin1StringView(collationName);
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StorageError(u"The database driver is not SQLite."_s);
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
    if (!connection)
        throw StorageError(u"The database is not open."_s);
    return connection;
}

void registerSqlFunctions(const QSqlDatabase &db, const QString &localeName)
{
    sqlite3 *connection = sqliteHandle(db);
    const struct
    {
        const char *name;
        void (*function)(sqlite3_context *, int, sqlite3_value **);
    } functions[] = {
        {"ad_fold", &foldFunction},
        {"ad_unverified_phone", &unverifiedFunction<&ContactValues::isUnverifiedPhone>},
        {"ad_unverified_email", &unverifiedFunction<&ContactValues::isUnverifiedEmail>},
        {"ad_country_name", &countryNameFunction},
    };
    for (const auto &function : functions) {
        const int rc = sqlite3_create_function_v2(connection, function.name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                                  nullptr, function.function, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            throw StorageError(u"Cannot register the SQL function %1: %2."_s.arg(
                QString::fromLatin1(function.name), QString::fromUtf8(sqlite3_errstr(rc))));
    }
    // One collator per connection, for its collation and its sort keys alike; SQLite deletes it with the collation.
    auto *collator = new ConnectionCollator(localeName.isEmpty() ? sortLocale().name() : localeName);
    int rc = sqlite3_create_collation_v2(connection, collationName, SQLITE_UTF8, collator, &compareCollated,
                                         &deleteCollator);
    if (rc != SQLITE_OK) {
        delete collator;
        throw StorageError(u"Cannot register the SQL collation %1: %2."_s.arg(QLatin1StringView(collationName),
                                                                              QString::fromUtf8(sqlite3_errstr(rc))));
    }
    rc = sqlite3_create_function_v2(connection, "ad_sort_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, collator,
                                    &sortKeyFunction, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(connection, "ad_sort_locale", 0, SQLITE_UTF8 | SQLITE_DETERMINISTIC, collator,
                                        &sortLocaleFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw StorageError(
            u"Cannot register the SQL sort key function: %1."_s.arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

void forgetSortKeys(const QSqlDatabase &db)
{
    for (const char *table : {"networks", "organisations", "people"}) {
        for (const char *trigger : {"insert", "renamed"})
            SqlQuery(db, u"DROP TRIGGER IF EXISTS temp.%1_sort_key_%2"_s.arg(QLatin1StringView(table),
                                                                             QLatin1StringView(trigger)))
                .exec();
    }
}

void keepSortKeys(const QSqlDatabase &db)
{
    for (const char *table : {"networks", "organisations", "people"}) {
        const QString name = QString::fromLatin1(table);
        // A new row, and a row whose key the file's own trigger cleared when its name changed, get their key.
        SqlQuery(db, u"CREATE TEMP TRIGGER IF NOT EXISTS %1_sort_key_insert AFTER INSERT ON %1 WHEN NEW.sort_key IS "
                     "NULL BEGIN UPDATE %1 SET sort_key = ad_sort_key(NEW.name) WHERE id = NEW.id; END"_s.arg(name))
            .exec();
        SqlQuery(db, u"CREATE TEMP TRIGGER IF NOT EXISTS %1_sort_key_renamed AFTER UPDATE OF sort_key ON %1 WHEN "
                     "NEW.sort_key IS NULL BEGIN UPDATE %1 SET sort_key = ad_sort_key(NEW.name) WHERE id = NEW.id; "
                     "END"_s.arg(name))
            .exec();
    }
}

int makeMissingSortKeys(const QSqlDatabase &db)
{
    int made = 0;
    for (const char *table : {"networks", "organisations", "people"}) {
        SqlQuery query(
            db, u"UPDATE %1 SET sort_key = ad_sort_key(name) WHERE sort_key IS NULL"_s.arg(QLatin1StringView(table)));
        query.exec();
        made += query.numRowsAffected();
    }
    return made;
}

QString storedSortLocale(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(u"SELECT value FROM meta WHERE key = 'sort_locale'"_s) && query.next())
        return query.value(0).toString();
    return {};
}

QCollator sortCollator(const QSqlDatabase &db)
{
    const QString stored = storedSortLocale(db);
    QCollator collator(stored.isEmpty() ? sortLocale() : QLocale(stored));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

} // namespace AllianceDesk
