#include "importwizardfilepage.h"

#include "importwizard.h"
#include "mainwindow.h"

#include "storage/networkrepository.h"
#include "util/error.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

ImportWizardFilePage::ImportWizardFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_network(new QComboBox(this))
{
    setTitle(tr("Choose a File"));
    setSubTitle(tr("A CSV or other delimited text file (you can also drop one on the main window)."));

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportWizardFilePage::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    m_kind->addItem(tr("Organisations"), int(ImportKind::Organisations));
    m_kind->addItem(tr("People"), int(ImportKind::People));
    m_kind->addItem(tr("Meetings"), int(ImportKind::Meetings));
    m_kind->addItem(tr("Participants"), int(ImportKind::Participants));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportWizardFilePage::updateNetwork);

    auto *form = new QFormLayout(this);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Import as:"), m_kind);
    form->addRow(tr("Add to &network:"), m_network);
    auto *note = new QLabel(tr("Organisations can become members of a network as they are imported; columns for "
                               "membership status, joined date and role fill in the membership."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
}

void ImportWizardFilePage::initializePage()
{
    m_path->setText(QDir::toNativeSeparators(m_wizard->filePath()));
    m_network->clear();
    m_network->addItem(tr("(none)"), QString());
    if (Database *database = m_wizard->mainWindow()->database()) {
        try {
            for (const Network &network : NetworkRepository(database->connection()).all())
                m_network->addItem(network.name, network.name);
        } catch (const Error &) {
            // The list is a convenience; without it the organisations join no network.
        }
    }
    updateNetwork();
}

bool ImportWizardFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportWizardFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!QFileInfo(path).isFile()) {
        QMessageBox::warning(this, tr("Import"), tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_wizard->setFilePath(path);
    ImportOptions &options = m_wizard->options();
    options.kind = ImportKind(m_kind->currentData().toInt());
    options.networkName = options.kind == ImportKind::Organisations ? m_network->currentData().toString() : QString();
    options.mapping.reset();
    return true;
}

void ImportWizardFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import File"), QFileInfo(m_path->text()).path(),
                                                      tr("Delimited text files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ImportWizardFilePage::updateNetwork()
{
    m_network->setEnabled(ImportKind(m_kind->currentData().toInt()) == ImportKind::Organisations);
}

} // namespace AllianceDesk
