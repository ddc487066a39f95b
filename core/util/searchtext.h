#pragma once

#include <QString>

namespace AllianceDesk {

/// Folds text for matching: Unicode case folding, compatibility forms and diacritics removed ("Müller" -> "muller").
QString foldForSearch(const QString &text);

/// The number of characters (code points) of @p text: a substring search through trigrams needs 3.
int characterCount(const QString &text);

} // namespace AllianceDesk
