#pragma once

#include "importkind.h"

#include <QDate>
#include <QString>

#include <optional>

namespace AllianceDesk {

/**
 * Makes imported values right without reinterpreting them: text trimmed and in Unicode NFC, countries as ISO
 * 3166-1 alpha-2, dates read as ISO, dd/mm/yyyy or mm/dd/yyyy (phones and emails: ContactValues, the rule forms
 * use too). Anything else (ID-like values, leading zeros) stays text exactly as written.
 */
class ValueNormaliser
{
public:
    /// Trimmed, NFC.
    static QString text(const QString &value);

    /// Alpha-2 for a code or a name in a supported language; nullopt when unknown.
    /// A country as a file writes it, read with the rest of the row's evidence.
    struct CountryReading
    {
        QString code;          ///< the country, when it is known
        QStringList ambiguous; ///< the countries the name fits, when it fits several and the row does not decide
    };
    /**
     * The country @p value names. A name that fits several ("Congo", "Korea") is decided by the row's own evidence
     * when all of it agrees — the calling code of @p phone, the country of @p city — and is never guessed.
     */
    static CountryReading country(const QString &value, const QString &phone, const QString &city);
    static std::optional<QString> country(const QString &value);

    /// What a date cell can mean.
    struct DateReading
    {
        QDate date;              ///< the date when it is certain (ISO, or one order impossible), or read with the order
        bool ambiguous = false;  ///< dd/mm and mm/dd both give valid, different dates
        bool dayFirst = false;   ///< only dd/mm makes sense (first number above 12)
        bool monthFirst = false; ///< only mm/dd makes sense (second number above 12)
        bool valid = false;
    };
    /// Reads @p value; an ambiguous date is resolved with @p order unless it is DateOrder::Auto.
    static DateReading date(const QString &value, DateOrder order);

    /// The key under which two organisation or person names are the same: case, compatibility forms,
    /// diacritics, punctuation and spacing removed ("ROZAN " = "Rozan").
    static QString matchKey(const QString &name);
};

} // namespace AllianceDesk
