#include "find/globalsearchdialog.h"

#include "search/globalsearch.h"
#include "search/searchindex.h"
#include "util/error.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

GlobalSearchDialog::GlobalSearchDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"globalSearch"_s);
    setWindowTitle(tr("Search Everything"));
    setSizeGripEnabled(true);

    m_query = new QLineEdit;
    m_query->setObjectName(u"globalSearchField"_s);
    m_query->setPlaceholderText(tr("Search names, acronyms, cities, emails and notes…"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &GlobalSearchDialog::search);

    m_results = new QTreeWidget;
    m_results->setObjectName(u"globalSearchResults"_s);
    m_results->setColumnCount(2);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setItemsExpandable(false);
    m_results->setUniformRowHeights(false);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { choose(item); });
    connect(m_results, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { choose(item); });

    m_status = new QLabel;
    m_status->setObjectName(u"globalSearchStatus"_s);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results);
    layout->addWidget(m_status);
    resize(720, 480);
}

void GlobalSearchDialog::setConnectionProvider(std::function<QSqlDatabase()> provider)
{
    m_connection = std::move(provider);
}

void GlobalSearchDialog::open()
{
    show();
    raise();
    activateWindow();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
    search();
}

void GlobalSearchDialog::indexCaughtUp()
{
    if (m_incomplete && isVisible())
        search();
}

void GlobalSearchDialog::search()
{
    m_incomplete = false;
    m_results->clear();
    const QString text = m_query->text().trimmed();
    const QSqlDatabase db = m_connection ? m_connection() : QSqlDatabase();
    if (text.isEmpty() || !db.isOpen()) {
        m_status->setText(db.isOpen() ? tr("Type to search every network, organisation, person, program, support "
                                           "group, event and concern.")
                                      : tr("No database is open."));
        return;
    }
    QList<SearchGroup> groups;
    int waiting = 0;
    try {
        // A long queue of records to index (after a large import) is indexed by SearchIndexer on a worker: the
        // search answers from the index as it is and says so, rather than freeze the keystroke.
        const GlobalSearch searcher(db, SearchIndex::interactiveCatchUpLimit);
        groups = searcher.search(text, resultsPerKind);
        waiting = searcher.waitingForIndex();
    } catch (const Error &error) {
        m_status->setText(error.message());
        return;
    }
    m_incomplete = waiting > 0;
    QFont headerFont = m_results->font();
    headerFont.setBold(true);
    QTreeWidgetItem *first = nullptr;
    for (const SearchGroup &group : std::as_const(groups)) {
        auto *header = new QTreeWidgetItem(m_results);
        const QString title = listDefinition(group.kind).translatedTitle();
        header->setText(0, group.more ? tr("%1 (more: refine the search)").arg(title) : title);
        header->setFont(0, headerFont);
        header->setFirstColumnSpanned(true);
        // Headers are not results: Up and Down pass over them, Enter never opens them.
        header->setFlags(Qt::ItemIsEnabled);
        for (const SearchHit &hit : group.hits) {
            auto *item = new QTreeWidgetItem(header);
            item->setText(0, hit.title);
            item->setText(1, hit.detail);
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setData(0, KindRole, static_cast<int>(hit.kind));
            item->setData(0, RecordIdRole, hit.id);
            item->setToolTip(0, hit.title);
            if (!first)
                first = item;
        }
    }
    m_results->expandAll();
    if (first)
        m_results->setCurrentItem(first);
    QString status = groups.isEmpty() ? tr("Nothing found for “%1”.").arg(text)
                                      : tr("Up and Down choose a record, Enter opens it, Esc closes.");
    if (m_incomplete) {
        status = tr("Still indexing %n new or changed record(s) for search: they may be missing here until it is "
                    "done.",
                    nullptr, waiting) +
                 u' ' + status;
    }
    m_status->setText(status);
}

void GlobalSearchDialog::moveCurrent(int step)
{
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *header = m_results->topLevelItem(i);
        for (int j = 0; j < header->childCount(); ++j)
            items << header->child(j);
    }
    if (items.isEmpty())
        return;
    const qsizetype position = items.indexOf(m_results->currentItem());
    const qsizetype next = position < 0 ? 0 : std::clamp<qsizetype>(position + step, 0, items.size() - 1);
    m_results->setCurrentItem(items.at(next));
    m_results->scrollToItem(items.at(next));
}

void GlobalSearchDialog::choose(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, RecordIdRole).isValid())
        return;
    const auto kind = static_cast<ListKind>(item->data(0, KindRole).toInt());
    const qint64 id = item->data(0, RecordIdRole).toLongLong();
    accept();
    emit recordChosen(kind, id);
}

bool GlobalSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(resultsPerKind);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-resultsPerKind);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose(m_results->currentItem());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace AllianceDesk
