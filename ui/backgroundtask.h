#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace AllianceDesk {

/**
 * Runs long work (writing a report, exporting a list) on a worker thread while a progress dialog with a Cancel
 * button keeps the window responsive. The work opens its own database connection in its thread (one connection
 * per thread); it reports progress in percent and stops when the progress callback returns false.
 */
class BackgroundTask
{
public:
    using Progress = std::function<bool(int percent)>;
    using Work = std::function<void(const Progress &progress)>;

    enum class Outcome
    {
        Done,
        Cancelled,
        Failed,
    };

    /// Runs @p work and waits for it (the event loop keeps running); @p error receives a failure's message.
    static Outcome run(QWidget *parent, const QString &label, const Work &work, QString *error);
};

} // namespace AllianceDesk
