#pragma once

#include "auditlog.h"
#include "domain/network.h"
#include "recordremover.h"
#include "rowwriter.h"

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
    /// Saves an edited network (loaded with get()); moving it in the tree is refused when it would make a cycle.
    void update(const Network &network, RowWriter::OnConflict onConflict = RowWriter::OnConflict::Refuse);
    void remove(qint64 id, RecordRemover::Policy policy = RecordRemover::Policy::RefuseIfDependents);
    Network get(qint64 id) const;
    /// Every network, ordered by name; strategies are not loaded.
    QList<Network> all() const;
    QList<Network> children(qint64 id) const;
    std::optional<qint64> findByName(const QString &name) const;
    /// The network a user means by @p nameOrAcronym: the exact name or acronym, else one that differs only in case,
    /// diacritics, punctuation and spacing ("menengage alliance pakistan", "MEA-Pakistan").
    std::optional<qint64> findAsTyped(const QString &nameOrAcronym) const;
    /// Moves @p id under @p parentId (or to the top); refused when it would make a cycle.
    void setParent(qint64 id, std::optional<qint64> parentId);
    /// The chain from @p id's parent up to the root.
    QList<qint64> ancestors(qint64 id) const;

    /// The columns an edit can change, by name.
    static QVariantMap fields(const Network &network);

    /// Checks every rule of the record without writing (forms call it as the user types); throws RuleViolation.
    void validate(const Network &network) const;

private:
    void insertStrategies(qint64 id, const QStringList &strategies, const QString &record);
    Network fromQuery(class SqlQuery &query) const;
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
