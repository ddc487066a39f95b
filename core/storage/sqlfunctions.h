#pragma once

#include <QSqlDatabase>
#include <QString>

namespace AllianceDesk {

/// Folds text for matching: Unicode case folding, compatibility forms and diacritics removed ("Müller" -> "muller").
QString foldForSearch(const QString &text);

/// Registers `ad_fold(text)` (see foldForSearch) on an SQLite connection, so that searches fold every script.
void registerSqlFunctions(const QSqlDatabase &db);

} // namespace AllianceDesk
