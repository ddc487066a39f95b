#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace AllianceDesk {

/// Folds text for matching: Unicode case folding, compatibility forms and diacritics removed ("Müller" -> "muller").
QString foldForSearch(const QString &text);

/// The SQLite connection behind a QSQLITE connection (for the APIs Qt does not wrap: functions, sessions).
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// Registers `ad_fold(text)` (see foldForSearch) on an SQLite connection, so that searches fold every script, and
/// `ad_unverified_phone(text)`, `ad_unverified_email(text)` (see ContactValues) for lists and `check`.
void registerSqlFunctions(const QSqlDatabase &db);

} // namespace AllianceDesk
