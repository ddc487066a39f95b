#pragma once

#include <QObject>

class QMimeData;

namespace AllianceDesk {

class MainWindow;

/// Lets a file be dropped on the main window to open the import wizard on it.
class ImportWizardDropFilter : public QObject
{
    Q_OBJECT

public:
    /// Installs itself on @p window (which it belongs to) and makes the window accept drops.
    explicit ImportWizardDropFilter(MainWindow *window);

    /// The local file a drop carries, if it is one file the wizard can read; empty otherwise.
    static QString droppedFile(const QMimeData *mime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
};

} // namespace AllianceDesk
