#include "filepublisher.h"

#include "error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace AllianceDesk::FilePublisher {

namespace {

/// fsync() of a file or folder by path; returns 0 or the errno of the failure.
int flush(const QString &path, bool folder)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), (folder ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return errno;
    int result = 0;
    if (::fsync(fd) != 0)
        result = errno;
    ::close(fd);
    return result;
}

[[noreturn]] void fail(const QString &temporary, const QString &target, int error)
{
    QFile::remove(temporary);
    throw StorageError(QCoreApplication::translate("FilePublisher", "Cannot write %1: %2.")
                           .arg(QDir::toNativeSeparators(target), describeWriteError(error)));
}

} // namespace

QString temporaryPathFor(const QString &target)
{
    static std::atomic_int counter{0};
    const QFileInfo info(target);
    // Hidden, in the same folder (a rename never crosses file systems), and named for what it is.
    return info.dir().filePath(
        u".%1.%2-%3.partial"_s.arg(info.fileName()).arg(QCoreApplication::applicationPid()).arg(++counter));
}

void publish(const QString &temporary, const QString &target, Existing existing)
{
    if (const int error = flush(temporary, false))
        fail(temporary, target, error);
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(target);
    if (existing == Existing::Replace) {
        if (::rename(from.constData(), to.constData()) != 0)
            fail(temporary, target, errno);
    } else {
        // Never a window in which another file could be overwritten: renameat2's no-replace where the file system
        // has it, else link() (which fails with EEXIST), else (FAT and some network shares) a check just before.
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) != 0) {
            if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
                fail(temporary, target, errno);
            if (::link(from.constData(), to.constData()) == 0) {
                ::unlink(from.constData());
            } else if (errno == EEXIST || QFileInfo::exists(target)) {
                fail(temporary, target, EEXIST);
            } else if (::rename(from.constData(), to.constData()) != 0) {
                fail(temporary, target, errno);
            }
        }
    }
    flush(QFileInfo(target).absolutePath(), true);
}

QString describeWriteError(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return QCoreApplication::translate("FilePublisher", "there is not enough space on the disk");
    case EROFS:
        return QCoreApplication::translate("FilePublisher", "the disk or medium is read-only");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("FilePublisher", "you do not have permission to write in that folder");
    case EEXIST:
        return QCoreApplication::translate("FilePublisher", "a file of that name already exists");
    case ENOENT:
        return QCoreApplication::translate("FilePublisher", "the folder does not exist");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

} // namespace AllianceDesk::FilePublisher
