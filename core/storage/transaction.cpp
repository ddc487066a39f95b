#include "transaction.h"

#include "sqlquery.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    SqlQuery(m_db, u"BEGIN IMMEDIATE"_s).exec();
    m_open = true;
}

Transaction::Transaction(QSqlDatabase db, int waitMs)
    : m_db(std::move(db))
{
    SqlQuery current(m_db, u"PRAGMA busy_timeout"_s);
    current.exec();
    const int usual = current.next() ? current.value(0).toInt() : 0;
    QSqlQuery(m_db).exec(u"PRAGMA busy_timeout = %1"_s.arg(waitMs));
    try {
        SqlQuery(m_db, u"BEGIN IMMEDIATE"_s).exec();
    } catch (...) {
        QSqlQuery(m_db).exec(u"PRAGMA busy_timeout = %1"_s.arg(usual));
        throw;
    }
    QSqlQuery(m_db).exec(u"PRAGMA busy_timeout = %1"_s.arg(usual));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
    }
}

void Transaction::commit()
{
    SqlQuery(m_db, u"COMMIT"_s).exec();
    m_open = false;
}

} // namespace AllianceDesk
