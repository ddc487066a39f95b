#pragma once

#include <QSqlDatabase>

namespace AllianceDesk {

/**
 * A write transaction (`BEGIN IMMEDIATE`, so that a read-then-write cannot fail half-way with SQLITE_BUSY in WAL
 * mode) that rolls back unless commit() was called.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    /**
     * Waits up to @p waitMs for another connection's write transaction to end, rather than the connection's usual
     * busy timeout: for long work a user started (an import) that should queue behind another one, not fail.
     */
    Transaction(QSqlDatabase db, int waitMs);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace AllianceDesk
