#include "importwizard/importwizarddropfilter.h"

#include "importwizard/importwizard.h"
#include "mainwindow.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

ImportWizardDropFilter::ImportWizardDropFilter(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

QString ImportWizardDropFilter::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!QFileInfo(path).isFile() || (suffix != u"csv"_s && suffix != u"tsv"_s && suffix != u"txt"_s))
        return {};
    return path;
}

bool ImportWizardDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (m_window->database() && !droppedFile(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedFile(drop->mimeData());
        if (m_window->database() && !path.isEmpty()) {
            drop->acceptProposedAction();
            // Opened after the drop returns, so the source application is not kept waiting on a modal wizard.
            QTimer::singleShot(0, m_window, [window = m_window, path] { ImportWizard::start(window, path); });
            return true;
        }
    }
    return false;
}

} // namespace AllianceDesk
