#pragma once

#include <QApplication>

#include <memory>

class QMessageBox;

namespace AllianceDesk {

/**
 * The application object of the GUI: the last line of defence against an exception reaching Qt's event loop (which
 * would abort the program and lose the user's unsaved form). Models, undo commands and the main window's slots
 * catch core's errors where they happen and say what went wrong; anything that still escapes an event handler is
 * caught here, told to the user once in a message box, and the event is dropped.
 */
class GuardedApplication : public QApplication
{
    Q_OBJECT

public:
    GuardedApplication(int &argc, char **argv);
    ~GuardedApplication() override;

    bool notify(QObject *receiver, QEvent *event) override;

    /// How many exceptions were stopped here (for tests).
    int escapedCount() const { return m_escaped; }

private:
    void tell(const QString &message);

    std::unique_ptr<QMessageBox> m_box;
    int m_escaped = 0;
    bool m_telling = false;
};

} // namespace AllianceDesk
