#include "backupstore.h"

#include "database.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

constexpr int keptDaily = 7;
constexpr int keptWeekly = 4;
constexpr int keptMonthly = 12;
constexpr int keptBeforeChanges = 10;
const auto timeFormat = u"yyyyMMdd-HHmmss"_s;

/// Each kind and the word for it in file names and in `backups --format json`.
constexpr std::pair<BackupStore::Kind, const char16_t *> kindNames[] = {
    {BackupStore::Kind::Daily, u"daily"},
    {BackupStore::Kind::BeforeImport, u"before-import"},
    {BackupStore::Kind::BeforeMigration, u"before-migration"},
    {BackupStore::Kind::BeforeRestore, u"before-restore"},
};

std::optional<BackupStore::Kind> kindNamed(const QString &name)
{
    for (const auto &[kind, word] : kindNames) {
        if (name == QStringView(word))
            return kind;
    }
    return std::nullopt;
}

} // namespace

BackupStore::BackupStore(QString databasePath)
    : m_databasePath(std::move(databasePath))
{}

QString BackupStore::kindName(Kind kind)
{
    for (const auto &[known, word] : kindNames) {
        if (known == kind)
            return QString::fromUtf16(word);
    }
    return {};
}

QString BackupStore::folder() const
{
    return QFileInfo(m_databasePath).absoluteDir().filePath(u"backups"_s);
}

QList<BackupStore::Backup> BackupStore::list() const
{
    const QString base = QFileInfo(m_databasePath).fileName();
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(base) +
                                     u"\\.([a-z-]+)\\.(\\d{8}-\\d{6})(?:-\\d+)?\\.alliancedesk$"_s);
    QList<Backup> backups;
    const QDir dir(folder());
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(info.fileName());
        if (!match.hasMatch())
            continue;
        const std::optional<Kind> kind = kindNamed(match.captured(1));
        QDateTime made = QDateTime::fromString(match.captured(2), timeFormat);
        if (!kind || !made.isValid())
            continue;
        made.setTimeZone(QTimeZone::utc());
        backups.append({info.absoluteFilePath(), *kind, made, info.size()});
    }
    std::sort(backups.begin(), backups.end(),
              [](const Backup &a, const Backup &b) { return a.made != b.made ? a.made > b.made : a.path > b.path; });
    return backups;
}

QString BackupStore::make(const Database &database, Kind kind, const QDateTime &now) const
{
    if (!QDir().mkpath(folder())) {
        throw StorageError(QCoreApplication::translate("BackupStore", "Cannot make the backup folder %1.")
                               .arg(QDir::toNativeSeparators(folder())));
    }
    const QString stem = QDir(folder()).filePath(QFileInfo(m_databasePath).fileName() + u'.' + kindName(kind) + u'.' +
                                                 now.toUTC().toString(timeFormat));
    // Two programs may back up in the same second (two imports started together): the name is never reused.
    QString path = stem + u".alliancedesk"_s;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + u'-' + QString::number(n) + u".alliancedesk"_s;
    try {
        database.backupTo(path);
    } catch (const StorageError &error) {
        if (QFileInfo::exists(path))
            return path; // another program took the name in the meantime: its backup is as good
        throw;
    }
    rotate();
    return path;
}

QString BackupStore::makeDailyIfDue(const Database &database, const QDateTime &now) const
{
    const QDate today = now.toUTC().date();
    for (const Backup &backup : list()) {
        if (backup.kind == Kind::Daily && backup.made.date() == today)
            return {};
    }
    return make(database, Kind::Daily, now);
}

QList<BackupStore::Backup> BackupStore::kept(const QList<Backup> &backups)
{
    QSet<QString> keep;
    int beforeChanges = 0;
    int daily = 0;
    QSet<QString> weeks;
    QSet<QString> months;
    // Newest first: the first backup seen of a day, week or month is the newest of it.
    QSet<QDate> days;
    for (const Backup &backup : backups) {
        if (backup.kind != Kind::Daily) {
            if (beforeChanges++ < keptBeforeChanges)
                keep.insert(backup.path);
            continue;
        }
        const QDate date = backup.made.date();
        if (!days.contains(date) && daily < keptDaily) {
            days.insert(date);
            ++daily;
            keep.insert(backup.path);
        }
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        const QString weekKey = u"%1-%2"_s.arg(weekYear).arg(week);
        if (!weeks.contains(weekKey) && weeks.size() < keptWeekly) {
            weeks.insert(weekKey);
            keep.insert(backup.path);
        }
        const QString monthKey = u"%1-%2"_s.arg(date.year()).arg(date.month());
        if (!months.contains(monthKey) && months.size() < keptMonthly) {
            months.insert(monthKey);
            keep.insert(backup.path);
        }
    }
    QList<Backup> result;
    for (const Backup &backup : backups) {
        if (keep.contains(backup.path))
            result.append(backup);
    }
    return result;
}

void BackupStore::rotate() const
{
    const QList<Backup> all = list();
    QSet<QString> keep;
    for (const Backup &backup : kept(all))
        keep.insert(backup.path);
    for (const Backup &backup : all) {
        if (!keep.contains(backup.path))
            QFile::remove(backup.path);
    }
}

QString BackupStore::resolve(const QString &nameOrPath) const
{
    if (QFileInfo(nameOrPath).isFile())
        return QFileInfo(nameOrPath).absoluteFilePath();
    const QString inFolder = QDir(folder()).filePath(nameOrPath);
    if (QFileInfo(inFolder).isFile())
        return inFolder;
    throw StorageError(QCoreApplication::translate("BackupStore",
                                                   "There is no backup called %1 (alliancedesk-cli backups lists "
                                                   "them).")
                           .arg(nameOrPath));
}

} // namespace AllianceDesk
