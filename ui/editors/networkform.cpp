#include "networkform.h"

#include "countrycombobox.h"
#include "optionaldateedit.h"
#include "recordpicker.h"
#include "vocabularycombobox.h"

#include "storage/networkrepository.h"
#include "storage/rules.h"
#include "util/error.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QPlainTextEdit *textBox(int height)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(height);
    return edit;
}

/// @p id and every network under it: none of them can become its parent.
QList<qint64> subtree(const NetworkRepository &repository, qint64 id)
{
    QList<qint64> result{id};
    for (int index = 0; index < result.size(); ++index) {
        for (const Network &child : repository.children(result.at(index)))
            result << child.id;
    }
    return result;
}

} // namespace

NetworkForm::NetworkForm(Document *document, qint64 id, QWidget *parent, std::optional<qint64> parentId)
    : RecordForm(document, parent)
    , m_name(new QLineEdit)
    , m_nativeName(new QLineEdit)
    , m_acronym(new QLineEdit)
    , m_level(new VocabularyComboBox(Vocabulary::Kind::NetworkLevel))
    , m_parent(new RecordPicker(connection(), ListKind::Networks, tr("(top of the tree)")))
    , m_country(new CountryComboBox)
    , m_region(new QLineEdit)
    , m_founded(new OptionalDateEdit(tr("Known")))
    , m_website(new QLineEdit)
    , m_status(new VocabularyComboBox(Vocabulary::Kind::NetworkStatus))
    , m_goalLongTerm(textBox(60))
    , m_goalShortTerm(textBox(60))
    , m_strategies(textBox(70))
    , m_notes(textBox(60))
{
    setWindowTitle(id ? tr("Edit Network") : tr("New Network"));
    m_name->setObjectName(u"name"_s);
    m_parent->setObjectName(u"parent"_s);
    m_strategies->setPlaceholderText(tr("One strategy per line"));

    QFormLayout *form = formLayout();
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Name in own &script:"), m_nativeName);
    form->addRow(tr("&Acronym:"), m_acronym);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Part of:"), m_parent);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Founded:"), m_founded);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("Long-term &goal:"), m_goalLongTerm);
    form->addRow(tr("S&hort-term goal:"), m_goalShortTerm);
    form->addRow(tr("Strat&egies:"), m_strategies);
    form->addRow(tr("N&otes:"), m_notes);

    setRecordId(id);
    if (id) {
        NetworkRepository repository(connection());
        m_parent->exclude(subtree(repository, id));
        load(repository.get(id));
    } else {
        m_parent->setRecordId(parentId);
    }
    finishLayout();
    m_name->setFocus();
}

void NetworkForm::load(const Network &network)
{
    m_loaded = network;
    m_name->setText(network.name);
    m_nativeName->setText(network.nativeName);
    m_acronym->setText(network.acronym);
    m_level->setCode(network.level);
    m_parent->setRecordId(network.parentId);
    m_country->setCode(network.country);
    m_region->setText(network.region);
    m_founded->setDate(network.founded);
    m_website->setText(network.website);
    m_status->setCode(network.status);
    m_goalLongTerm->setPlainText(network.goalLongTerm);
    m_goalShortTerm->setPlainText(network.goalShortTerm);
    m_strategies->setPlainText(network.strategies.join(u'\n'));
    m_notes->setPlainText(network.notes);
}

Network NetworkForm::network() const
{
    Network result = m_loaded;
    result.name = m_name->text().trimmed();
    result.nativeName = m_nativeName->text().trimmed();
    result.acronym = m_acronym->text().trimmed();
    result.level = m_level->code();
    result.parentId = m_parent->recordId();
    result.country = m_country->code();
    result.region = m_region->text().trimmed();
    result.founded = m_founded->date();
    result.website = m_website->text().trimmed();
    result.status = m_status->code();
    result.goalLongTerm = m_goalLongTerm->toPlainText().trimmed();
    result.goalShortTerm = m_goalShortTerm->toPlainText().trimmed();
    result.strategies.clear();
    for (const QString &line : m_strategies->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result.strategies << line.trimmed();
    }
    result.notes = m_notes->toPlainText();
    return result;
}

QString NetworkForm::problem() const
{
    if (const QString country = m_country->problem(); !country.isEmpty())
        return country;
    if (!m_parent->isAcceptable())
        return tr("“%1” is not a network: choose the parent from the list.").arg(m_parent->currentText());
    const Network edited = network();
    // NetworkRepository checks these again on save, with the rules that need the database (cycles, names).
    return ruleProblem([this, &edited] {
        const QString record = Rules::describe(tr("Network"), edited.name);
        Rules::requireText(record, tr("name"), edited.name);
        Rules::requireCountry(record, edited.country);
        const std::optional<qint64> sameName = NetworkRepository(connection()).findByName(edited.name);
        if (sameName && *sameName != edited.id)
            throw RuleViolation(tr("%1: a network with this name already exists.").arg(record));
    });
}

void NetworkForm::write(const QSqlDatabase &db, RowWriter::OnConflict onConflict)
{
    NetworkRepository repository(db);
    addOrUpdate(repository, network(), onConflict);
}

QString NetworkForm::commandText() const
{
    if (m_loaded.id == 0)
        return tr("Add network “%1”").arg(m_name->text().trimmed());
    if (m_parent->recordId() != m_loaded.parentId)
        return tr("Move network “%1”").arg(m_name->text().trimmed());
    return tr("Edit network “%1”").arg(m_name->text().trimmed());
}

void NetworkForm::reload()
{
    load(NetworkRepository(connection()).get(m_loaded.id));
}

} // namespace AllianceDesk
