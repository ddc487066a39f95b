#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace AllianceDesk::Test {

/// A small file system of its own (tmpfs), mounted for one test and unmounted after it; needs root, as in CI.
class ScratchMount
{
public:
    explicit ScratchMount(const QString &options)
    {
        m_ok = QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                                  QStringLiteral("tmpfs"), m_dir.path()}) == 0;
    }
    ~ScratchMount()
    {
        if (m_ok)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    bool mounted() const { return m_ok; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    bool remount(const QString &options)
    {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,") + options, m_dir.path()}) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

} // namespace AllianceDesk::Test
