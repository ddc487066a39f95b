#include "schemainspector.h"

#include "sqlquery.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

SchemaInspector::SchemaInspector(QSqlDatabase db)
    : m_db(std::move(db))
{}

QStringList SchemaInspector::tables() const
{
    SqlQuery query(m_db, u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                         "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"_s);
    query.exec();
    QStringList all;
    while (query.next())
        all << query.value(0).toString();
    // FTS5's shadow tables are ordinary tables named after their virtual table.
    QStringList virtualTables;
    SqlQuery fts(m_db, u"SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"_s);
    fts.exec();
    while (fts.next())
        virtualTables << fts.value(0).toString() + u'_';
    QStringList result;
    for (const QString &table : std::as_const(all)) {
        if (std::none_of(virtualTables.cbegin(), virtualTables.cend(),
                         [&](const QString &prefix) { return table.startsWith(prefix); }))
            result << table;
    }
    return result;
}

QList<SchemaInspector::Column> SchemaInspector::columns(const QString &table) const
{
    SqlQuery query(m_db, u"SELECT name, \"notnull\" FROM pragma_table_info(:table) ORDER BY cid"_s);
    query.bind(u":table"_s, table).exec();
    QList<Column> result;
    while (query.next())
        result << Column{query.value(0).toString(), query.value(1).toBool()};
    return result;
}

QString SchemaInspector::tableSql(const QString &table) const
{
    SqlQuery query(m_db, u"SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = :table"_s);
    query.bind(u":table"_s, table).exec();
    return query.next() ? query.value(0).toString() : QString();
}

QStringList SchemaInspector::allowedValues(const QString &table, const QString &column) const
{
    const QString sql = tableSql(table);
    // The column's own definition: from its name at the start of a line to the end of that line.
    const QRegularExpression definition(u"^\\s*%1\\s+[A-Z]+[^\\n]*$"_s.arg(QRegularExpression::escape(column)),
                                        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch line = definition.match(sql);
    if (!line.hasMatch())
        return {};
    const QString text = line.captured(0);
    QStringList values;
    const QRegularExpression comparison(u"\\b%1\\s*=\\s*'([^']*)'"_s.arg(QRegularExpression::escape(column)));
    for (auto it = comparison.globalMatch(text); it.hasNext();)
        values << it.next().captured(1);
    if (values.isEmpty()) {
        const QRegularExpression list(u"\\b%1\\s+IN\\s*\\(([^)]*)\\)"_s.arg(QRegularExpression::escape(column)));
        const QRegularExpressionMatch match = list.match(text);
        if (match.hasMatch()) {
            const QRegularExpression quoted(u"'([^']*)'"_s);
            for (auto it = quoted.globalMatch(match.captured(1)); it.hasNext();)
                values << it.next().captured(1);
        }
    }
    return values;
}

} // namespace AllianceDesk
