#pragma once

#include "changeset.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace AllianceDesk {

/**
 * How a window learns that another connection (another window, the command line, another SQLite program) wrote the
 * database, and what it wrote: SQLite's data version says whether anything was committed, the audit trail which
 * records every edit and import of AllianceDesk touched.
 */
class ChangeFeed
{
public:
    explicit ChangeFeed(QSqlDatabase db);

    /// Moves on each time another connection commits (PRAGMA data_version).
    qint64 dataVersion() const;
    /// The id of the latest audit entry (0 when none).
    qint64 latestAuditId() const;
    /**
     * The records the audit entries after @p afterId name, at most @p limit of them; nullopt when there are more (a
     * view then reads everything again).
     */
    std::optional<QList<ChangedRow>> auditedSince(qint64 afterId, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace AllianceDesk
