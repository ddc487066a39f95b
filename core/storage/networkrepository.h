#pragma once

#include "auditlog.h"
#include "domain/network.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace AllianceDesk {

/// Networks and their tree. The tree never has a cycle.
class NetworkRepository
{
public:
    explicit NetworkRepository(QSqlDatabase db);

    qint64 add(const Network &network);
    Network get(qint64 id) const;
    /// Every network, ordered by name; strategies are not loaded.
    QList<Network> all() const;
    QList<Network> children(qint64 id) const;
    std::optional<qint64> findByName(const QString &name) const;
    /// Moves @p id under @p parentId (or to the top); refused when it would make a cycle.
    void setParent(qint64 id, std::optional<qint64> parentId);
    /// The chain from @p id's parent up to the root.
    QList<qint64> ancestors(qint64 id) const;

private:
    Network fromQuery(class SqlQuery &query) const;
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
