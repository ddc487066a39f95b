#pragma once

#include <QString>

namespace AllianceDesk {

/**
 * Puts a file the application wrote into place only when it is complete: it is written under a temporary name in
 * the target's folder, flushed to the disk, then renamed, and the folder is flushed too. A kill, a crash or a full
 * disk leaves either no file at the target or the whole file — never one that looks complete and is not.
 */
namespace FilePublisher {

enum class Existing
{
    Replace, ///< an existing file at the target is replaced in one step
    Refuse,  ///< an existing file at the target is never overwritten
};

/// A temporary name beside @p target, unique to this process and call, that a reader can tell is unfinished.
QString temporaryPathFor(const QString &target);

/**
 * Flushes @p temporary to the disk and renames it to @p target. Throws StorageError with a message naming the
 * target and the cause (no space, a read-only folder, an existing file…); @p temporary is removed on failure.
 */
void publish(const QString &temporary, const QString &target, Existing existing);

/// Words for an errno value of a failed write ("the disk is full", "the folder is read-only"…).
QString describeWriteError(int error);

} // namespace FilePublisher
} // namespace AllianceDesk
