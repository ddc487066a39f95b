#include "sqlfunctions.h"

#include "domain/contactvalues.h"
#include "util/error.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    // Qt folds case one character at a time; ß is the one full folding users type out ("strasse").
    return folded.toCaseFolded().replace(u'\u00DF', u"ss"_s);
}

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

} // namespace

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

void registerSqlFunctions(const QSqlDatabase &db)
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
    };
    for (const auto &function : functions) {
        const int rc = sqlite3_create_function_v2(connection, function.name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                                  nullptr, function.function, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            throw StorageError(u"Cannot register the SQL function %1: %2."_s.arg(
                QString::fromLatin1(function.name), QString::fromUtf8(sqlite3_errstr(rc))));
    }
}

} // namespace AllianceDesk
