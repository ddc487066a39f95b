#pragma once

#include <QString>
#include <QStringList>

namespace AllianceDesk {

/// The databases opened last, most recent first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int maximumCount = 8;

    static QStringList files();
    /// Moves @p path to the front of the list (adding it when new), keeping at most maximumCount entries.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();

private:
    static void store(const QStringList &files);
};

} // namespace AllianceDesk
