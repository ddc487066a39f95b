#include "backgroundtask.h"

#include "util/operationcancelled.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace AllianceDesk {

BackgroundTask::Outcome BackgroundTask::run(QWidget *parent, const QString &label, const Work &work, QString *error)
{
    struct State
    {
        std::atomic_int percent{0};
        std::atomic_bool cancel{false};
        Outcome outcome = Outcome::Done;
        QString message;
    };
    auto state = std::make_shared<State>();

    std::unique_ptr<QThread> thread(QThread::create([state, work] {
        try {
            work([state](int percent) {
                state->percent = percent;
                return !state->cancel;
            });
        } catch (const OperationCancelled &) {
            state->outcome = Outcome::Cancelled;
        } catch (const Error &failure) {
            state->outcome = Outcome::Failed;
            state->message = failure.message();
        } catch (const std::exception &failure) {
            state->outcome = Outcome::Failed;
            state->message = QString::fromLocal8Bit(failure.what());
        }
    }));

    QProgressDialog progress(label, QCoreApplication::translate("BackgroundTask", "Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [state] { state->cancel = true; });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &progress, [&progress, state] { progress.setValue(state->percent); });

    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    poll.start();
    loop.exec();
    thread->wait();
    progress.close();

    if (error)
        *error = state->message;
    return state->outcome;
}

} // namespace AllianceDesk
