#pragma once

#include "listdefinition.h"

#include <QList>
#include <QVariant>

class QIODevice;

namespace AllianceDesk {

/// Writes list rows as an aligned text table, RFC 4180 CSV (UTF-8) or a JSON array of snake_case objects.
class ListFormatter
{
public:
    enum class Format
    {
        Table,
        Csv,
        Json,
    };
    static std::optional<Format> formatFromName(const QString &name);

    explicit ListFormatter(const ListDefinition &definition);
    void write(QIODevice &out, const QList<QVariantList> &rows, Format format) const;

    /// A value as text: dates ISO 8601, booleans "yes"/"no" in tables and true/false elsewhere, NULL empty.
    static QString text(const ListColumn &column, const QVariant &value);
    /**
     * A value as people read it in the list, in the XLSX and in the CSV made for people: a code's label and "Yes"/"No"
     * in the UI language, a country's name, a verified phone number in international format ("+92 300 1234567").
     * Dates stay ISO 8601 (2026-03-01), which no reader in any locale takes for another day. NULL is empty.
     */
    static QString label(const ListColumn &column, const QVariant &value);

private:
    void writeTable(QIODevice &out, const QList<QVariantList> &rows) const;
    void writeCsv(QIODevice &out, const QList<QVariantList> &rows) const;
    void writeJson(QIODevice &out, const QList<QVariantList> &rows) const;
    const ListDefinition &m_definition;
};

} // namespace AllianceDesk
