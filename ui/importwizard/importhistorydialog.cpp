#include "importwizard/importhistorydialog.h"

#include "backgroundtask.h"
#include "mainwindow.h"

#include "document/document.h"
#include "import/importbatches.h"
#include "import/importcancelled.h"
#include "storage/database.h"
#include "util/error.h"
#include "util/operationcancelled.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QTableWidgetItem *numberItem(qint64 number)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, number);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString shownTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(MainWindow *window)
    : QDialog(window)
    , m_window(window)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_sha256(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_message(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo Import"), this))
    , m_redo(new QPushButton(tr("&Redo Import"), this))
{
    setWindowTitle(tr("Import History"));
    m_table->setObjectName(u"importHistoryTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Batch"), tr("Kind"), tr("File"), tr("Started"), tr("Finished"), tr("User"),
                                        tr("Created"), tr("Updated"), tr("Skipped"), tr("Rejected"), tr("SHA-256"),
                                        tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::selectionChanged);

    // The table shows the start of each hash; the whole of the selected one is here, to select or copy.
    m_sha256->setObjectName(u"sha256Field"_s);
    m_sha256->setReadOnly(true);
    m_sha256->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sha256->setPlaceholderText(tr("Select an import"));
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_sha256->text()); });
    auto *hashRow = new QHBoxLayout;
    auto *hashLabel = new QLabel(tr("&SHA-256 of the file:"), this);
    hashLabel->setBuddy(m_sha256);
    hashRow->addWidget(hashLabel);
    hashRow->addWidget(m_sha256, 1);
    hashRow->addWidget(m_copy);

    m_message->setObjectName(u"importHistoryMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // file names are shown as written
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_undo->setToolTip(tr("Removes what the selected import created and restores what it updated, exactly."));
    m_redo->setToolTip(tr("Applies the selected import again, as it was, after an undo."));
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_redo, &QPushButton::clicked, this, &ImportHistoryDialog::redoSelected);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    buttons->addButton(m_redo, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(hashRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 460);

    // Another program (the command line, another window) may undo a batch while the dialog is open.
    if (Document *document = m_window->document())
        connect(document, &Document::changed, this, &ImportHistoryDialog::reload);
    reload();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0); // the newest
    selectionChanged();
}

void ImportHistoryDialog::addAction(MainWindow *window, QMenu *menu)
{
    menu->addAction(tr("Import &History…"), window, [window] {
        if (!window->document())
            return;
        ImportHistoryDialog dialog(window);
        dialog.exec();
    });
}

void ImportHistoryDialog::reload()
{
    const qint64 selected = selectedBatch();
    Document *document = m_window->document();
    QList<ImportBatch> batches;
    if (document) {
        try {
            batches = ImportBatches::list(document->connection());
        } catch (const Error &error) {
            showMessage(error.message(), true);
        }
    }
    const QHash<QString, QString> kinds = {{u"organisations"_s, tr("Organisations")},
                                           {u"people"_s, tr("People")},
                                           {u"meetings"_s, tr("Meetings")},
                                           {u"participants"_s, tr("Participants")}};
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(batches.size()));
    for (int row = 0; row < batches.size(); ++row) {
        const ImportBatch &batch = batches.at(batches.size() - 1 - row); // the newest first
        m_table->setItem(row, BatchColumn, numberItem(batch.id));
        m_table->setItem(row, KindColumn, textItem(kinds.value(batch.kind, batch.kind)));
        m_table->setItem(row, FileColumn, textItem(batch.fileName));
        m_table->setItem(row, StartedColumn, textItem(shownTime(batch.started)));
        m_table->setItem(row, FinishedColumn, textItem(shownTime(batch.finished)));
        m_table->setItem(row, UserColumn, textItem(batch.user));
        m_table->setItem(row, CreatedColumn, numberItem(batch.created));
        m_table->setItem(row, UpdatedColumn, numberItem(batch.updated));
        m_table->setItem(row, SkippedColumn, numberItem(batch.skipped));
        m_table->setItem(row, RejectedColumn, numberItem(batch.rejected));
        auto *hash = new QTableWidgetItem(batch.sha256.left(12) + u'…');
        hash->setData(Qt::UserRole, batch.sha256);
        hash->setToolTip(batch.sha256);
        m_table->setItem(row, Sha256Column, hash);
        const QString state =
            batch.undone.isValid()
                ? (batch.undoneBy.isEmpty() ? tr("Undone on %1").arg(shownTime(batch.undone))
                                            : tr("Undone on %1 by %2").arg(shownTime(batch.undone), batch.undoneBy))
                : tr("Imported");
        auto *stateItem = textItem(state);
        stateItem->setData(Qt::UserRole, batch.undone.isValid());
        m_table->setItem(row, StateColumn, stateItem);
    }
    if (selected)
        selectBatch(selected);
    selectionChanged();
}

bool ImportHistoryDialog::selectBatch(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, BatchColumn)->data(Qt::DisplayRole).toLongLong() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

qint64 ImportHistoryDialog::selectedBatch() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return 0;
    return m_table->item(selected.first()->row(), BatchColumn)->data(Qt::DisplayRole).toLongLong();
}

void ImportHistoryDialog::selectionChanged()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    Document *document = m_window->document();
    const bool writable = document && !document->database().isReadOnly();
    bool undone = false;
    bool changedAnything = false;
    if (row >= 0) {
        m_sha256->setText(m_table->item(row, Sha256Column)->data(Qt::UserRole).toString());
        undone = m_table->item(row, StateColumn)->data(Qt::UserRole).toBool();
        try {
            changedAnything = document && ImportBatches::hasChanges(document->connection(), selectedBatch());
        } catch (const Error &error) {
            showMessage(error.message(), true);
        }
    } else {
        m_sha256->clear();
    }
    m_copy->setEnabled(row >= 0);
    m_undo->setEnabled(writable && row >= 0 && !undone && changedAnything);
    m_redo->setEnabled(writable && row >= 0 && undone && changedAnything);
    QString why;
    if (!writable)
        why = tr("This database is open read-only: imports cannot be undone or redone here.");
    else if (row >= 0 && !changedAnything)
        why = tr("This import changed nothing, so there is nothing to undo.");
    m_undo->setToolTip(why.isEmpty() ? tr("Removes what the selected import created and restores what it updated, "
                                          "exactly.")
                                     : why);
}

bool ImportHistoryDialog::undoSelected()
{
    return run(Action::Undo);
}

bool ImportHistoryDialog::redoSelected()
{
    return run(Action::Redo);
}

bool ImportHistoryDialog::run(Action action)
{
    const qint64 id = selectedBatch();
    Document *document = m_window->document();
    if (!id || !document)
        return false;
    ImportBatch batch;
    try {
        batch = ImportBatches::get(document->connection(), id);
    } catch (const Error &error) {
        showMessage(error.message(), true);
        return false;
    }
    // A file name in another script keeps its own direction inside the sentence ("(شراکت دار.csv)", not ".csv" moved).
    const QString fileName = QChar(0x2068) + batch.fileName + QChar(0x2069);
    const QString path = document->database().path();
    // The worker commits on its own connection: the window hears of it once, from importBatchChanged(), rather than
    // also from the document's poll.
    document->setPollingPaused(true);
    QString error;
    const BackgroundTask::Outcome outcome = BackgroundTask::run(
        this,
        action == Action::Undo ? tr("Undoing the import of %1…").arg(fileName)
                               : tr("Importing %1 again…").arg(fileName),
        [path, id, action](const BackgroundTask::Progress &progress) {
            const std::unique_ptr<Database> database = Database::open(path);
            database->requireWritable();
            const auto parts = [&progress](int done, int total) {
                return progress(total > 0 ? done * 100 / total : 100);
            };
            try {
                if (action == Action::Undo)
                    ImportBatches::undo(database->connection(), id, parts);
                else
                    ImportBatches::redo(database->connection(), id, parts);
            } catch (const ImportCancelled &cancelled) {
                throw OperationCancelled(cancelled.message());
            }
        },
        &error);
    if (outcome == BackgroundTask::Outcome::Done)
        document->importBatchChanged(id);
    document->setPollingPaused(false);
    reload();
    selectBatch(id);
    switch (outcome) {
    case BackgroundTask::Outcome::Done:
        showMessage(action == Action::Undo
                        ? tr("Import batch %1 (%2) was undone: %3 created records removed, %4 updated records "
                             "restored.")
                              .arg(id)
                              .arg(fileName)
                              .arg(batch.created)
                              .arg(batch.updated)
                        : tr("Import batch %1 (%2) was done again: %3 records created, %4 updated.")
                              .arg(id)
                              .arg(fileName)
                              .arg(batch.created)
                              .arg(batch.updated),
                    false);
        return true;
    case BackgroundTask::Outcome::Cancelled:
    case BackgroundTask::Outcome::Failed:
        showMessage(error, true);
        return false;
    }
    return false;
}

void ImportHistoryDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    // Why an undo could not be done is what the user must read next: it stands out from a plain confirmation.
    m_message->setStyleSheet(problem ? u"font-weight: bold;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace AllianceDesk
