#include "guardedapplication.h"

#include "util/error.h"

#include <QMessageBox>

#include <exception>

namespace AllianceDesk {

GuardedApplication::GuardedApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{}

GuardedApplication::~GuardedApplication() = default;

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const Error &error) {
        tell(error.message());
    } catch (const std::exception &error) {
        tell(QString::fromLocal8Bit(error.what()));
    }
    return false;
}

void GuardedApplication::tell(const QString &message)
{
    ++m_escaped;
    qWarning("AllianceDesk: an error reached the event loop: %s", qUtf8Printable(message));
    if (m_telling)
        return;
    if (!m_box) {
        m_box = std::make_unique<QMessageBox>(QMessageBox::Warning, tr("AllianceDesk"), QString(), QMessageBox::Ok);
        m_box->setObjectName(QStringLiteral("escapedErrorMessage"));
        m_box->setTextFormat(Qt::PlainText);
    } else if (m_box->isVisible()) {
        return; // one box at a time: the failure that follows from the first is not news
    }
    m_telling = true;
    m_box->setText(tr("Something could not be done: %1\n\nYour data is as it was before this step. If the "
                      "database is busy or on a drive that went away, try again in a moment.")
                       .arg(message));
    m_box->show();
    m_telling = false;
}

} // namespace AllianceDesk
