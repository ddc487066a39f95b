#include "reportdata.h"

#include "storage/sqlquery.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

ReportData::ReportData(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<QVariantList> ReportData::rows(const QString &sql, Bindings bindings)
{
    SqlQuery query(m_db, sql);
    for (const auto &binding : bindings)
        query.bind(binding.first, binding.second);
    query.raw().setForwardOnly(true);
    query.exec();
    const int columns = query.raw().record().count();
    QList<QVariantList> result;
    QByteArray buffer;
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        buffer.clear();
        for (int i = 0; i < columns; ++i) {
            const QVariant value = query.value(i);
            // Type tag and length prefix: NULL, '' and 0 hash differently, and no two rows run together.
            const QByteArray bytes = value.isNull() ? QByteArray() : value.toString().toUtf8();
            buffer += value.isNull() ? 'N' : 'V';
            buffer += QByteArray::number(bytes.size());
            buffer += ':';
            buffer += bytes;
            row << value;
        }
        buffer += '\n';
        m_hash.addData(buffer);
        result << row;
    }
    m_hash.addData(QByteArrayView("\x1e", 1)); // end of one result set
    return result;
}

QVariant ReportData::value(const QString &sql, Bindings bindings)
{
    const QList<QVariantList> result = rows(sql, bindings);
    return result.isEmpty() || result.constFirst().isEmpty() ? QVariant() : result.constFirst().constFirst();
}

QByteArray ReportData::hash() const
{
    return m_hash.result().toHex();
}

} // namespace AllianceDesk
