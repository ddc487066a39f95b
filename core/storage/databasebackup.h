#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace AllianceDesk {

/**
 * Writes a consistent copy of an open database to a new file with SQLite's online backup, a few hundred pages at a
 * time, so that a worker thread can report progress and stop when asked. The copy is one snapshot (the source
 * connection holds a read transaction throughout, so other connections may keep writing). It is written under a
 * temporary name in the target's folder and takes the file's name only when complete: a cancelled or failed
 * backup leaves no file, and an existing file is never overwritten.
 */
class DatabaseBackup
{
public:
    /// Receives the share of pages copied in percent; returning false cancels the backup.
    using Progress = std::function<bool(int percent)>;

    /**
     * Copies the database of @p source (a connection of the calling thread) to @p file. Returns false when
     * @p progress cancelled it (no file is left); throws StorageError when the file exists, its folder does not, or
     * the copy cannot be written.
     */
    static bool write(const QSqlDatabase &source, const QString &file, const Progress &progress);
};

} // namespace AllianceDesk
