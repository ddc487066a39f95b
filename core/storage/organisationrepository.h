#pragma once

#include "auditlog.h"
#include "domain/organisation.h"
#include "recordremover.h"
#include "rowwriter.h"

#include <QSqlDatabase>

#include <optional>

namespace AllianceDesk {

class OrganisationRepository
{
public:
    explicit OrganisationRepository(QSqlDatabase db);

    qint64 add(const Organisation &organisation);
    /// Saves an edited organisation (loaded with get()).
    void update(const Organisation &organisation, RowWriter::OnConflict onConflict = RowWriter::OnConflict::Refuse);
    void remove(qint64 id, RecordRemover::Policy policy = RecordRemover::Policy::RefuseIfDependents);
    /// The columns an edit can change, by name.
    static QVariantMap fields(const Organisation &organisation);
    /// Checks every rule without writing (for forms that validate as the user types).
    static void validate(const Organisation &organisation);
    Organisation get(qint64 id) const;
    /// An organisation whose name or acronym is exactly @p name.
    std::optional<qint64> findByName(const QString &name) const;

private:
    void insertFocusAreas(qint64 id, const QStringList &areas);
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace AllianceDesk
