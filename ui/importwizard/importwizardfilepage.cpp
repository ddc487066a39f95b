#include "importwizard/importwizardfilepage.h"

#include "importwizard/importwizard.h"
#include "mainwindow.h"

#include "editors/dateedit.h"
#include "editors/vocabularycombobox.h"
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
    , m_status(new VocabularyComboBox(Vocabulary::Kind::MembershipStatus, false, this))
    , m_role(new VocabularyComboBox(Vocabulary::Kind::MembershipRole, false, this))
    , m_joined(new DateEdit(QDate::currentDate(), this))
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
    connect(m_network, &QComboBox::currentIndexChanged, this, &ImportWizardFilePage::updateNetwork);
    m_status->setCode(u"active"_s);
    m_role->setCode(u"member"_s);
    m_joined->setCalendarPopup(true);
    m_joined->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_joined->setFutureQuestion(tr("The members are recorded as joining on that day: keep this date?"));

    auto *form = new QFormLayout(this);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Import as:"), m_kind);
    form->addRow(tr("Add to &network:"), m_network);
    form->addRow(tr("Membership &status:"), m_status);
    form->addRow(tr("Membership &role:"), m_role);
    form->addRow(tr("&Joined:"), m_joined);
    auto *note = new QLabel(tr("Organisations can become members of a network as they are imported. A file's "
                               "columns for membership status, role and joined date come first; the values above "
                               "are for new memberships where the file has none."),
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
    const bool joining = !options.networkName.isEmpty();
    if (joining && !m_joined->confirmDate())
        return false;
    options.membershipStatus = joining ? m_status->code() : QString();
    options.membershipRole = joining ? m_role->code() : QString();
    options.joined = joining ? m_joined->date() : QDate();
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
    const bool organisations = ImportKind(m_kind->currentData().toInt()) == ImportKind::Organisations;
    m_network->setEnabled(organisations);
    const bool joining = organisations && !m_network->currentData().toString().isEmpty();
    for (QWidget *field : std::initializer_list<QWidget *>{m_status, m_role, m_joined})
        field->setEnabled(joining);
}

} // namespace AllianceDesk
