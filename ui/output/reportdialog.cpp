#include "output/reportdialog.h"

#include "backgroundtask.h"
#include "mainwindow.h"
#include "navigatormodel.h"

#include "reports/memberdirectoryreport.h"
#include "reports/reportbuilder.h"
#include "reports/reportrenderer.h"
#include "reports/reportwriter.h"
#include "storage/database.h"
#include "storage/networkrepository.h"
#include "util/error.h"
#include "util/operationcancelled.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
constexpr int previewWidth = 620; ///< pixels of a preview page
} // namespace

/// A preview made on a worker: the report's document and its pages, or why it could not be made.
struct ReportDialog::Preview
{
    ReportParameters parameters;
    std::atomic_bool cancel{false};
    std::optional<ReportDocument> document;
    std::unique_ptr<ReportRenderer> renderer; ///< paginates document, which stays in place beside it
    bool ok = false;
    QString error;
};

ReportDialog::ReportDialog(Database &database, ReportKind kind, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Report"));
    createWidgets();
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    kindChanged();
    resize(1100, 800);
}

ReportDialog::~ReportDialog()
{
    if (m_preparing)
        m_preparing->cancel = true;
    for (const auto &thread : m_threads)
        thread->wait();
}

void ReportDialog::addReportsMenu(MainWindow *window)
{
    QMenu *menu = window->menuBar()->addMenu(tr("&Reports"));
    for (ReportKind kind : ReportParameters::allKinds()) {
        menu->addAction(ReportParameters::kindTitle(kind) + u"…"_s, window, [window, kind] {
            if (!window->database())
                return;
            // The dialog lists the networks as it opens: a database that cannot be read now is said in words.
            std::unique_ptr<ReportDialog> opened;
            try {
                opened = std::make_unique<ReportDialog>(*window->database(), kind, window);
            } catch (const Error &error) {
                window->reportProblem(tr("Cannot make the report"), error.message());
                return;
            }
            ReportDialog &dialog = *opened;
            // The network shown in the main window is the one the report is most likely about.
            const QVariant networkId = window->navigatorView()->currentIndex().data(NavigatorModel::NetworkIdRole);
            if (networkId.isValid()) {
                try {
                    dialog.setNetwork(
                        NetworkRepository(window->database()->connection()).get(networkId.toLongLong()).name);
                } catch (const Error &) {
                    // The network is gone: the report is about the whole alliance.
                }
            }
            dialog.startPreview();
            dialog.exec();
        });
    }
}

void ReportDialog::createWidgets()
{
    m_kind = new QComboBox;
    for (ReportKind kind : ReportParameters::allKinds())
        m_kind->addItem(ReportParameters::kindTitle(kind), static_cast<int>(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::kindChanged);

    m_network = new QComboBox;
    m_network->addItem(tr("The whole alliance"), QString());
    for (const Network &network : NetworkRepository(m_database.connection()).all())
        m_network->addItem(network.name, network.name);

    auto dateRow = [](QCheckBox *&check, QDateEdit *&edit, const QString &label) {
        check = new QCheckBox(label);
        edit = new QDateEdit(QDate::currentDate());
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        auto *row = new QHBoxLayout;
        row->addWidget(check);
        row->addWidget(edit, 1);
        return row;
    };
    QHBoxLayout *fromRow = dateRow(m_useFrom, m_from, tr("From"));
    QHBoxLayout *toRow = dateRow(m_useTo, m_to, tr("To"));
    m_from->setDate(QDate(QDate::currentDate().year(), 1, 1));

    m_country = new QLineEdit;
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(tr("All countries (or a code such as PK)"));

    m_pageSize = new QComboBox;
    m_pageSize->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), static_cast<int>(QPageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(static_cast<int>(ReportParameters::defaultPageSize())));

    m_columnsLabel = new QLabel(tr("Columns:"));
    m_columns = new QListWidget;
    const QStringList defaults = MemberDirectoryReport::defaultColumns();
    for (const QString &key : MemberDirectoryReport::availableColumns()) {
        auto *item = new QListWidgetItem(MemberDirectoryReport::columnTitle(key), m_columns);
        item->setData(Qt::UserRole, key);
        item->setCheckState(defaults.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setMaximumHeight(170);

    m_includeProtected = new QCheckBox(tr("Include protected details"));
    m_includeProtected->setToolTip(tr("Participant codes and identities, and the details of conduct concerns"));
    connect(m_includeProtected, &QCheckBox::toggled, this, &ReportDialog::includeProtectedToggled);

    auto *form = new QFormLayout;
    form->addRow(tr("Report:"), m_kind);
    form->addRow(tr("Network:"), m_network);
    form->addRow(tr("Period:"), fromRow);
    form->addRow(QString(), toRow);
    form->addRow(tr("Country:"), m_country);
    form->addRow(tr("Paper:"), m_pageSize);
    form->addRow(m_columnsLabel, m_columns);
    form->addRow(QString(), m_includeProtected);

    auto *update = new QPushButton(tr("&Update Preview"));
    connect(update, &QPushButton::clicked, this, &ReportDialog::startPreview);
    // The preview follows every change of the parameters (after a short pause, so that typing a country or
    // clicking through columns makes one preview), so that it always shows what Save and Print will make.
    m_previewDelay = new QTimer(this);
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(400);
    connect(m_previewDelay, &QTimer::timeout, this, &ReportDialog::startPreview);
    const auto changed = [this] { m_previewDelay->start(); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_network, &QComboBox::currentIndexChanged, this, changed);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *check : {m_useFrom, m_useTo, m_includeProtected})
        connect(check, &QCheckBox::toggled, this, changed);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, changed);
    connect(m_country, &QLineEdit::textChanged, this, changed);
    connect(m_columns, &QListWidget::itemChanged, this, changed);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(update);
    left->addStretch(1);

    m_preview = new QLabel;
    m_preview->setObjectName(u"reportPreview"_s);
    m_preview->setAlignment(Qt::AlignCenter);
    m_previewArea = new QScrollArea;
    m_previewArea->setWidget(m_preview);
    m_previewArea->setWidgetResizable(true);
    m_previewArea->setBackgroundRole(QPalette::Dark);
    m_page = new QSpinBox;
    m_page->setRange(1, 1);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) { showPage(page - 1); });
    m_pageCount = new QLabel;
    m_pageCount->setMinimumWidth(m_pageCount->fontMetrics().horizontalAdvance(tr("of %1").arg(9999)) + 4);
    auto *pager = new QHBoxLayout;
    pager->addStretch(1);
    pager->addWidget(new QLabel(tr("Page")));
    pager->addWidget(m_page);
    pager->addWidget(m_pageCount);
    pager->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_previewArea, 1);
    right->addLayout(pager);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &ReportDialog::savePdf);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 0);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
}

void ReportDialog::kindChanged()
{
    const bool directory = parameters().kind == ReportKind::MemberDirectory;
    m_columns->setVisible(directory);
    m_columnsLabel->setVisible(directory);
}

void ReportDialog::includeProtectedToggled(bool checked)
{
    if (!checked)
        return;
    const auto answer = QMessageBox::warning(
        this, tr("Include protected details?"),
        tr("The report will show support-group participants' codes and identities and the details of conduct "
           "concerns (summaries, actions, confidential notes). These can harm the people concerned if the report "
           "is passed on.\n\nInclude them in this report?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        const QSignalBlocker blocker(m_includeProtected);
        m_includeProtected->setChecked(false);
    }
}

ReportParameters ReportDialog::parameters() const
{
    ReportParameters result;
    result.kind = static_cast<ReportKind>(m_kind->currentData().toInt());
    result.networkName = m_network->currentData().toString();
    if (m_useFrom->isChecked())
        result.from = m_from->date();
    if (m_useTo->isChecked())
        result.to = m_to->date();
    result.country = m_country->text().trimmed().toUpper();
    result.pageSize = static_cast<QPageSize::PageSizeId>(m_pageSize->currentData().toInt());
    result.includeProtected = m_includeProtected->isChecked();
    if (result.kind == ReportKind::MemberDirectory) {
        for (int i = 0; i < m_columns->count(); ++i) {
            if (m_columns->item(i)->checkState() == Qt::Checked)
                result.columns << m_columns->item(i)->data(Qt::UserRole).toString();
        }
    }
    return result;
}

QString ReportDialog::previewedParameters() const
{
    return m_shown && m_shown->ok ? m_shown->parameters.canonical() : QString();
}

void ReportDialog::setNetwork(const QString &name)
{
    const int index = m_network->findData(name);
    if (index >= 0)
        m_network->setCurrentIndex(index);
}

void ReportDialog::startPreview()
{
    const ReportParameters wanted = parameters();
    if (m_preparing) {
        m_preparing->cancel = true; // its pages are no longer wanted
        m_preparing.reset();
    }
    if (wanted.kind == ReportKind::MemberDirectory && wanted.columns.isEmpty()) {
        showPreviewProblem(tr("Choose at least one column for the member directory."));
        emit previewReady(false);
        return;
    }
    auto preview = std::make_shared<Preview>();
    preview->parameters = wanted;
    m_preparing = preview;
    if (!m_renderer)
        m_preview->setText(tr("Preparing the preview…"));
    m_pageCount->setText(tr("preparing…"));
    m_previewArea->setCursor(Qt::BusyCursor);

    // The worker opens its own connection: a connection belongs to the thread that opened it. Reading the rows and
    // paginating them are the slow part; painting one page for the screen is quick and stays here.
    const QString databasePath = m_database.path();
    std::unique_ptr<QThread> thread(QThread::create([preview, databasePath] {
        try {
            const std::unique_ptr<Database> database = Database::open(databasePath);
            preview->document = ReportBuilder::build(database->connection(), preview->parameters);
            preview->renderer = std::make_unique<ReportRenderer>(*preview->document);
            preview->renderer->layout([preview](qsizetype, qsizetype) { return !preview->cancel; });
            preview->ok = true;
        } catch (const OperationCancelled &) {
            // Given up for a newer preview.
        } catch (const Error &error) {
            preview->error = error.message();
        } catch (const std::exception &error) {
            preview->error = QString::fromLocal8Bit(error.what());
        }
    }));
    connect(thread.get(), &QThread::finished, this, [this, preview] { previewFinished(preview); });
    thread->start();
    m_threads.push_back(std::move(thread));
}

bool ReportDialog::updatePreview()
{
    bool result = false;
    QEventLoop loop;
    const QMetaObject::Connection ready = connect(this, &ReportDialog::previewReady, &loop, [&](bool ok) {
        result = ok;
        loop.quit();
    });
    startPreview();
    if (m_preparing)
        loop.exec();
    disconnect(ready);
    return result;
}

void ReportDialog::previewFinished(const std::shared_ptr<Preview> &preview)
{
    // Threads that are done are let go (their finished() was delivered, so they are past the point of no return).
    std::erase_if(m_threads, [](const std::unique_ptr<QThread> &thread) {
        if (!thread->isFinished())
            return false;
        thread->wait();
        return true;
    });
    if (preview != m_preparing)
        return; // given up for a newer one
    m_preparing.reset();
    m_previewArea->unsetCursor();
    if (!preview->ok) {
        showPreviewProblem(preview->error);
        emit previewReady(false);
        return;
    }
    m_shown = preview;
    m_document = &*preview->document;
    m_renderer = preview->renderer.get();
    const QSignalBlocker blocker(m_page);
    m_page->setRange(1, m_renderer->pageCount());
    m_page->setValue(1);
    m_pageCount->setText(tr("of %1").arg(m_renderer->pageCount()));
    showPage(0);
    emit previewReady(true);
}

int ReportDialog::previewPageCount() const
{
    return m_renderer ? m_renderer->pageCount() : 0;
}

void ReportDialog::showPage(int page)
{
    if (!m_renderer)
        return;
    const QSizeF size = m_renderer->pageSize();
    const qreal ratio = devicePixelRatioF();
    const qreal scale = previewWidth / size.width();
    QImage image(QSize(previewWidth, qRound(size.height() * scale)) * ratio, QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    m_renderer->paintPage(painter, page);
    painter.end();
    m_preview->setPixmap(QPixmap::fromImage(image));
    m_previewArea->ensureVisible(0, 0);
}

void ReportDialog::savePdf()
{
    const ReportParameters wanted = parameters();
    const QString suggested = ReportParameters::kindName(wanted.kind) + u".pdf"_s;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Report as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString databasePath = m_database.path();
    QString error;
    // The worker opens its own connection: a connection belongs to the thread that opened it.
    const auto outcome = BackgroundTask::run(
        this, tr("Writing the report…"),
        [databasePath, wanted, path](const BackgroundTask::Progress &progress) {
            const std::unique_ptr<Database> database = Database::open(databasePath);
            const ReportDocument document = ReportBuilder::build(database->connection(), wanted);
            ReportWriter::writePdf(document, path, progress);
        },
        &error);
    if (outcome == BackgroundTask::Outcome::Failed)
        showError(error);
}

void ReportDialog::print()
{
    if (!m_renderer && !updatePreview())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(m_document->parameters.pageSize));
    printer.setFullPage(true);
    printer.setDocName(m_document->title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        ReportWriter::paint(*m_renderer, printer);
    } catch (const Error &error) {
        showError(error.message());
    }
}

void ReportDialog::showPreviewProblem(const QString &message)
{
    // Said once, where the preview would be (not also in a message box), until the parameters are put right.
    m_renderer = nullptr;
    m_document = nullptr;
    m_shown.reset();
    m_pageCount->clear();
    m_preview->setPixmap({});
    m_preview->setText(message);
}

void ReportDialog::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Report"), message);
}

} // namespace AllianceDesk
