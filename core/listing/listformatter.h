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

private:
    void writeTable(QIODevice &out, const QList<QVariantList> &rows) const;
    void writeCsv(QIODevice &out, const QList<QVariantList> &rows) const;
    void writeJson(QIODevice &out, const QList<QVariantList> &rows) const;
    const ListDefinition &m_definition;
};

} // namespace AllianceDesk
