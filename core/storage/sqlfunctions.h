#pragma once

#include "util/searchtext.h" // foldForSearch(), which ad_fold() applies

#include <QCollator>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace AllianceDesk {

/// The SQLite connection behind a QSQLITE connection (for the APIs Qt does not wrap: functions, sessions).
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/**
 * The locale a new database orders names for: QLocale()'s, or English (the Unicode root order, which puts "Œuvre"
 * with the O's and "Réseau" before "Rwanda") when the process runs in the C locale, whose order is code points.
 */
QLocale sortLocale();

/**
 * The locale the database at @p db orders names for, recorded when it was created or brought to data format 8 (so
 * that everyone sharing it sees one order, and stored sort keys stay valid); empty before that.
 */
QString storedSortLocale(const QSqlDatabase &db);

/// The order of names of the database at @p db, for lists sorted in C++: what the `ad_locale` collation does.
QCollator sortCollator(const QSqlDatabase &db);

/**
 * @p expression ordered as people of the database's sort locale expect (ICU: accents after the base letter, case
 * ignored, "Group 2" before "Group 10"). Lists, reports and exports order names with it or with the names' stored
 * sort keys (`sort_key`, the same order), so that they agree. The collation exists only on this program's
 * connections and is used in queries, never in the schema, so that the sqlite3 shell can read the file and check it.
 */
QString collated(const QString &expression);

/**
 * Creates on the connection (data format 8 or later) the TEMP triggers that give a name its sort key as it is
 * written: a new row of networks, organisations or people, and a row whose key the file's trigger cleared because
 * its name changed. TEMP, because ad_sort_key() exists only in this program: the file stays writable by any tool.
 */
void keepSortKeys(const QSqlDatabase &db);
/// Drops those TEMP triggers (before the file is replaced by a restore: a migration must not meet them).
void forgetSortKeys(const QSqlDatabase &db);
/// Makes the keys missing from names another program wrote; returns how many. Writes: call it in a transaction.
int makeMissingSortKeys(const QSqlDatabase &db);

/// The SQL for the name a list shows of the country coded by @p codeExpression (to sort by it, with collated()).
QString countryNameExpression(const QString &codeExpression);

/**
 * Registers on an SQLite connection: `ad_fold(text)` (see foldForSearch), so that searches fold every script;
 * `ad_unverified_phone(text)`, `ad_unverified_email(text)` (see ContactValues) for lists and `check`;
 * `ad_country_name(code)`; and, for the locale @p localeName (sortLocale() when empty), the collation `ad_locale`,
 * `ad_sort_key(text)` (the ICU sort key the triggers store in `sort_key`) and `ad_sort_locale()`.
 */
void registerSqlFunctions(const QSqlDatabase &db, const QString &localeName = QString());

} // namespace AllianceDesk
