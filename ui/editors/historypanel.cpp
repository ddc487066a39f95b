#include "historypanel.h"

#include "editorfactory.h"

#include "document/document.h"
#include "storage/auditlog.h"
#include "util/error.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QDockWidget(tr("History"), parent)
    , m_title(new QLabel)
    , m_entries(new QTreeWidget)
{
    setObjectName(u"historyDock"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_entries->setObjectName(u"historyEntries"_s);
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setAlternatingRowColors(true);
    m_entries->setHeaderLabels({tr("Time"), tr("User"), tr("Field"), tr("Change")});
    m_entries->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_entries->header()->setStretchLastSection(true);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_entries);
    setWidget(content);
    showNothing();
}

void HistoryPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::changed, this, &HistoryPanel::reload);
    showNothing();
}

void HistoryPanel::showRecord(ListKind kind, qint64 id)
{
    m_shown = qMakePair(kind, id);
    reload();
}

void HistoryPanel::showNothing()
{
    m_shown.reset();
    m_entries->clear();
    m_title->setText(tr("Select a record to see its changes."));
}

void HistoryPanel::reload()
{
    m_entries->clear();
    if (!m_document || !m_shown)
        return;
    const auto [kind, id] = *m_shown;
    QString name;
    QList<AuditEntry> history;
    // Called when the selection or the data changes, from the event loop: an unreadable database is said here.
    try {
        name = AuditLog::recordName(m_document->connection(), EditorFactory::tableName(kind), id);
        history = AuditLog(m_document->connection()).history(EditorFactory::tableName(kind), id);
    } catch (const Error &error) {
        m_title->setText(tr("The changes cannot be shown: %1").arg(error.message()));
        return;
    }
    // Records are called by their name, or by what they join ("ROZAN in MenEngage Alliance Pakistan"); the few that
    // are never named (concerns, participants) by their number.
    m_title->setText(name.isEmpty() ? tr("Changes to %1 %2").arg(EditorFactory::recordNoun(kind)).arg(id)
                                    : tr("Changes to %1 “%2”").arg(EditorFactory::recordNoun(kind), name));
    const QLocale locale;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const AuditEntry &entry = *it;
        QString change;
        if (entry.action == u"create"_s)
            change = tr("created: %1").arg(entry.newValue.isEmpty() ? entry.field : entry.newValue);
        else if (entry.action == u"delete"_s)
            change = tr("deleted: %1").arg(entry.oldValue.isEmpty() ? entry.field : entry.oldValue);
        else if (entry.oldValue.isEmpty())
            change = tr("set to %1").arg(entry.newValue);
        else if (entry.newValue.isEmpty())
            change = tr("cleared (was %1)").arg(entry.oldValue);
        else
            change = tr("%1 → %2").arg(entry.oldValue, entry.newValue);
        auto *item = new QTreeWidgetItem(m_entries, {locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                                     entry.user, entry.field, change});
        item->setToolTip(3, change);
    }
    if (history.isEmpty())
        new QTreeWidgetItem(m_entries, {QString(), QString(), QString(), tr("No recorded changes.")});
    for (int column = 0; column < 3; ++column)
        m_entries->resizeColumnToContents(column);
}

} // namespace AllianceDesk
