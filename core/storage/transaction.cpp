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
