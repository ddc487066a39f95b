#pragma once

#include <QList>

namespace AllianceDesk {

/// A name as written in Latin script and, for other scripts, in its own (null when Latin is its own script).
struct NamePair
{
    const char *latin;
    const char *native;
};

/// The names, places and numbering of one country, for synthetic data (UTF-8 literals).
struct Culture
{
    const char *country;   ///< ISO 3166-1 alpha-2
    const char *languages; ///< ISO 639-1 codes, comma-separated
    const char *phonePrefix;
    int phoneDigits;         ///< national significant digits after the prefix
    int weight;              ///< relative share of the records
    bool nameFirstInOrgName; ///< "Lahore Equality Foundation" rather than "Fundação Igualdade São Paulo"
    QList<NamePair> givenNames;
    QList<NamePair> familyNames;
    QList<NamePair> cities;
    QList<const char *> provinces; ///< one per city, Latin script (null: none)
    QList<NamePair> themes;
    QList<NamePair> forms;
};

/// The cultures synthetic alliances draw from.
const QList<Culture> &syntheticCultures();

} // namespace AllianceDesk
