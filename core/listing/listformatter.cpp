#include "listformatter.h"

#include "domain/contactvalues.h"
#include "util/countrycatalog.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

std::optional<ListFormatter::Format> ListFormatter::formatFromName(const QString &name)
{
    if (name == u"table"_s)
        return Format::Table;
    if (name == u"csv"_s)
        return Format::Csv;
    if (name == u"json"_s)
        return Format::Json;
    return std::nullopt;
}

ListFormatter::ListFormatter(const ListDefinition &definition)
    : m_definition(definition)
{}

void ListFormatter::write(QIODevice &out, const QList<QVariantList> &rows, Format format) const
{
    switch (format) {
    case Format::Table:
        writeTable(out, rows);
        break;
    case Format::Csv:
        writeCsv(out, rows);
        break;
    case Format::Json:
        writeJson(out, rows);
        break;
    }
}

QString ListFormatter::text(const ListColumn &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (column.type == ListColumn::Type::Boolean)
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

QString ListFormatter::label(const ListColumn &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (column.type) {
    case ListColumn::Type::Code:
        return Vocabulary::label(column.vocabulary, value.toString());
    case ListColumn::Type::Country:
        return CountryCatalog::instance().displayName(value.toString());
    case ListColumn::Type::Boolean:
        return value.toBool() ? QCoreApplication::translate("ListFormatter", "Yes")
                              : QCoreApplication::translate("ListFormatter", "No");
    case ListColumn::Type::Phone:
        return ContactValues::displayPhone(value.toString());
    case ListColumn::Type::Id:
    case ListColumn::Type::Integer:
    case ListColumn::Type::Text:
    case ListColumn::Type::Date:
        break;
    }
    return value.toString();
}

void ListFormatter::writeTable(QIODevice &out, const QList<QVariantList> &rows) const
{
    QList<int> shown;
    for (int i = 0; i < m_definition.columns.size(); ++i) {
        if (m_definition.columns.at(i).shownInTable)
            shown << i;
    }
    QList<qsizetype> widths;
    for (int index : shown)
        widths << m_definition.columns.at(index).key.size();
    QList<QStringList> cells;
    for (const QVariantList &row : rows) {
        QStringList line;
        for (int i = 0; i < shown.size(); ++i) {
            const ListColumn &column = m_definition.columns.at(shown.at(i));
            QString cell = text(column, row.at(shown.at(i))).simplified();
            if (column.type == ListColumn::Type::Boolean)
                cell = row.at(shown.at(i)).toBool() ? u"yes"_s : u"no"_s;
            widths[i] = std::max(widths.at(i), cell.size());
            line << cell;
        }
        cells << line;
    }
    auto writeLine = [&](const QStringList &line) {
        QString text;
        for (int i = 0; i < line.size(); ++i) {
            const bool last = i == line.size() - 1;
            text += last ? line.at(i) : line.at(i).leftJustified(widths.at(i)) + u"  "_s;
        }
        out.write(text.trimmed().toUtf8() + '\n');
    };
    QStringList header;
    for (int index : shown)
        header << m_definition.columns.at(index).key;
    writeLine(header);
    for (const QStringList &line : std::as_const(cells))
        writeLine(line);
}

void ListFormatter::writeCsv(QIODevice &out, const QList<QVariantList> &rows) const
{
    auto quoted = [](const QString &value) {
        if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
            return value;
        QString escaped = value;
        escaped.replace(u"\""_s, u"\"\""_s);
        return QString(u"\""_s + escaped + u"\""_s);
    };
    QStringList header;
    for (const ListColumn &column : m_definition.columns)
        header << column.key;
    out.write(header.join(u',').toUtf8() + "\r\n");
    for (const QVariantList &row : rows) {
        QStringList line;
        for (int i = 0; i < m_definition.columns.size(); ++i)
            line << quoted(text(m_definition.columns.at(i), row.at(i)));
        out.write(line.join(u',').toUtf8() + "\r\n");
    }
}

void ListFormatter::writeJson(QIODevice &out, const QList<QVariantList> &rows) const
{
    QJsonArray array;
    for (const QVariantList &row : rows) {
        QJsonObject object;
        for (int i = 0; i < m_definition.columns.size(); ++i) {
            const ListColumn &column = m_definition.columns.at(i);
            const QVariant &value = row.at(i);
            QJsonValue json;
            if (value.isNull()) {
                json = QJsonValue::Null;
            } else {
                switch (column.type) {
                case ListColumn::Type::Id:
                case ListColumn::Type::Integer:
                    json = value.toLongLong();
                    break;
                case ListColumn::Type::Boolean:
                    json = value.toBool();
                    break;
                default:
                    json = value.toString();
                }
            }
            object.insert(column.key, json);
        }
        array.append(object);
    }
    out.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace AllianceDesk
