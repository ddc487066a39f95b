#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace AllianceDesk {

/// What a database's schema says about its tables, for checking the catalogue against the schema a file really has.
class SchemaInspector
{
public:
    struct Column
    {
        QString name;
        bool notNull = false;
    };

    explicit SchemaInspector(QSqlDatabase db);

    /// The tables (not views, not SQLite's or FTS5's shadow tables), by name.
    QStringList tables() const;
    QList<Column> columns(const QString &table) const;
    /// The CREATE TABLE statement as the schema keeps it.
    QString tableSql(const QString &table) const;
    /**
     * The values the schema's CHECK allows for @p column of @p table when it lists them (`column = 'a' OR column =
     * 'b'` or `column IN ('a', 'b')`), in the order written; empty when the column has no such list.
     */
    QStringList allowedValues(const QString &table, const QString &column) const;

private:
    QSqlDatabase m_db;
};

} // namespace AllianceDesk
