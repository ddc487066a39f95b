#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace AllianceDesk {

/// ISO 3166-1 countries from Debian's iso-codes data (never a hand-written list).
class CountryCatalog
{
public:
    /// The catalog read from the system's iso-codes (once per process), with the translated names of
    /// the languages partners write in (French, Spanish, Portuguese, Russian, Urdu).
    static const CountryCatalog &instance();
    explicit CountryCatalog(const QString &jsonPath);

    bool isLoaded() const { return !m_names.isEmpty(); }
    /// True when @p alpha2 is an assigned ISO 3166-1 code (any code of two capitals when iso-codes is missing).
    bool isValid(const QString &alpha2) const;
    /// The English short name, or the code itself when unknown.
    QString name(const QString &alpha2) const;
    /// The short name in the user interface's language (iso-codes' translation), else the English one.
    QString displayName(const QString &alpha2) const;
    /**
     * A short English name that tells apart the countries one name may mean (CLDR's, through QLocale: "Congo
     * Brazzaville", "Congo Kinshasa", "South Korea"), with the code: "Congo Brazzaville (CG)".
     */
    static QString distinctName(const QString &alpha2);
    QStringList codes() const { return m_names.keys(); }

    /**
     * Reads the names of a gettext catalog (`/usr/share/locale/<lang>/LC_MESSAGES/iso_3166-1.mo`) so that
     * lookup() finds countries written in that language. Returns the number of names added.
     */
    int addTranslations(const QString &moPath);
    /// Loads @p language's catalog (e.g. "ur") for displayName(), and for lookup() too.
    void setDisplayLanguage(const QString &language);

    /**
     * The alpha-2 code of the country @p text names: an alpha-2 or alpha-3 code, or a short, official or common
     * name in English or in a loaded translation. Case, diacritics, punctuation and spacing do not count.
     */
    std::optional<QString> lookup(const QString &text) const;
    /**
     * Every country @p text may name: none, one, or several when the name fits more than one ("Congo": CG and CD;
     * "Korea": KR and KP). lookup() gives a code only when there is one.
     */
    QStringList candidates(const QString &text) const;
    /// The countries with a city called @p city, as the time-zone database names them ("Brazzaville": CG).
    QStringList countriesOfCity(const QString &city) const;

    /// How lookup() compares names: folded case and compatibility forms, no diacritics, letters and digits only.
    static QString lookupKey(const QString &text);

private:
    void addName(const QString &name, const QString &alpha2);
    void addNativeNames();
    void makeAmbiguous(const QString &key, const QString &alpha2);

    QHash<QString, QString> m_names;
    QHash<QString, QString> m_displayNames; ///< alpha-2 -> short name in the display language
    QHash<QString, QString> m_alpha3;
    QHash<QString, QString> m_englishToCode; ///< every English msgid of the catalog (names, official names)
    QHash<QString, QString> m_lookup;        ///< lookupKey(name) -> alpha-2
    QHash<QString, QString> m_prefixes;      ///< the part of a name before ", " -> alpha-2
    QHash<QString, QStringList> m_ambiguous; ///< lookupKey(name) -> the countries it may name, when several
};

} // namespace AllianceDesk
