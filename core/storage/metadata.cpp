#include "metadata.h"

#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

Metadata::Metadata(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString Metadata::value(const char *key) const
{
    SqlQuery query(m_db, u"SELECT value FROM meta WHERE key = :key"_s);
    query.bind(u":key"_s, QString::fromLatin1(key)).exec();
    return query.next() ? query.value(0).toString() : QString();
}

void Metadata::setValue(const char *key, const QString &value)
{
    SqlQuery query(m_db, u"INSERT INTO meta (key, value) VALUES (:key, :value) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.bind(u":key"_s, QString::fromLatin1(key)).bind(u":value"_s, value).exec();
}

} // namespace AllianceDesk
