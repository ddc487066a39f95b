#include "personform.h"

#include "childrows.h"

#include "affiliationdialog.h"
#include "countrycombobox.h"
#include "phonefield.h"

#include "storage/personrepository.h"
#include "util/dates.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

PersonForm::PersonForm(Document *document, qint64 id, QWidget *parent)
    : RecordForm(document, parent)
    , m_name(new QLineEdit)
    , m_nativeName(new QLineEdit)
    , m_email(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_languages(new QLineEdit)
    , m_country(new CountryComboBox)
    , m_notes(new QPlainTextEdit)
    , m_affiliationTable(new QTableWidget(0, 4))
{
    setWindowTitle(id ? tr("Edit Person") : tr("New Person"));
    m_name->setObjectName(u"name"_s);
    m_email->setObjectName(u"email"_s);
    m_phone->setObjectName(u"phone"_s);
    m_country->setObjectName(u"country"_s);
    m_phone->setPlaceholderText(tr("+92 300 1234567"));
    m_languages->setPlaceholderText(tr("ISO 639 codes, e.g. ur, en"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    m_affiliationTable->setObjectName(u"affiliations"_s);
    m_affiliationTable->setHorizontalHeaderLabels({tr("Organisation"), tr("Role"), tr("From"), tr("To")});
    m_affiliationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_affiliationTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_affiliationTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_affiliationTable->verticalHeader()->hide();
    m_affiliationTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_affiliationTable->setMaximumHeight(130);

    QFormLayout *form = formLayout();
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Name in own &script:"), m_nativeName);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Languages:"), m_languages);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("N&otes:"), m_notes);

    auto *add = new QPushButton(tr("&Add…"));
    auto *edit = new QPushButton(tr("E&dit…"));
    auto *remove = new QPushButton(tr("Re&move"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, edit, remove}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *affiliations = new QVBoxLayout;
    affiliations->addWidget(m_affiliationTable);
    affiliations->addLayout(buttons);
    form->addRow(tr("Affiliations:"), affiliations);
    connect(add, &QPushButton::clicked, this, [this] { editAffiliation(-1); });
    connect(edit, &QPushButton::clicked, this, [this] { editAffiliation(m_affiliationTable->currentRow()); });
    connect(m_affiliationTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editAffiliation(row); });
    connect(remove, &QPushButton::clicked, this, &PersonForm::removeAffiliation);

    setRecordId(id);
    if (id)
        load(PersonRepository(connection()).get(id));
    finishLayout();
    m_name->setFocus();
}

void PersonForm::load(const Person &person)
{
    m_loaded = person;
    m_affiliations = person.affiliations;
    m_name->setText(person.name);
    m_nativeName->setText(person.nativeName);
    m_email->setText(person.email);
    m_phone->setText(person.phone);
    m_languages->setText(person.languages.join(u", "_s));
    m_country->setCode(person.country);
    m_notes->setPlainText(person.notes);
    showAffiliations();
}

void PersonForm::showAffiliations()
{
    m_affiliationTable->setRowCount(int(m_affiliations.size()));
    for (int row = 0; row < m_affiliations.size(); ++row) {
        const Affiliation &affiliation = m_affiliations.at(row);
        QStringList roleParts{affiliation.role, affiliation.title};
        roleParts.removeAll(QString());
        const QString role = roleParts.join(u", "_s);
        const QStringList cells{affiliation.organisationName, role, Dates::display(affiliation.start),
                                Dates::display(affiliation.end)};
        for (int column = 0; column < cells.size(); ++column)
            m_affiliationTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void PersonForm::addAffiliation(const Affiliation &affiliation)
{
    m_affiliations << affiliation;
    showAffiliations();
    revalidate();
}

void PersonForm::editAffiliation(int row)
{
    const bool adding = row < 0 || row >= m_affiliations.size();
    AffiliationDialog dialog(connection(), adding ? Affiliation() : m_affiliations.at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (adding)
        m_affiliations << dialog.affiliation();
    else
        m_affiliations[row] = dialog.affiliation();
    showAffiliations();
    revalidate();
}

void PersonForm::removeAffiliation()
{
    const int row = m_affiliationTable->currentRow();
    if (row < 0 || row >= m_affiliations.size())
        return;
    m_affiliations.removeAt(row);
    showAffiliations();
    revalidate();
}

Person PersonForm::person() const
{
    Person result = m_loaded;
    result.name = m_name->text().trimmed();
    result.nativeName = m_nativeName->text().trimmed();
    result.email = m_email->text().trimmed();
    result.country = m_country->code();
    result.phone = PhoneField::toE164(m_phone->text(), result.country);
    result.languages.clear();
    for (const QString &language : m_languages->text().split(u',', Qt::SkipEmptyParts))
        result.languages << language.trimmed().toLower();
    result.notes = m_notes->toPlainText();
    result.affiliations = m_affiliations;
    return result;
}

QString PersonForm::problem() const
{
    if (const QString country = m_country->problem(); !country.isEmpty())
        return country;
    const Person edited = person();
    if (const QString email = fieldProblem(tr("Email"), Validation::email(m_email->text())); !email.isEmpty())
        return email;
    if (const QString phone = PhoneField::problem(m_phone->text(), edited.country); !phone.isEmpty())
        return phone;
    return ruleProblem([&edited] { PersonRepository::validate(edited); });
}

void PersonForm::write(const QSqlDatabase &db, RowWriter::OnConflict onConflict)
{
    PersonRepository repository(db);
    const Person edited = person();
    if (m_loaded.id == 0) {
        setRecordId(repository.add(edited)); // adds the affiliations with the person
        return;
    }
    repository.update(edited, onConflict);
    auto ofPerson = [&edited](Affiliation affiliation) {
        affiliation.personId = edited.id;
        affiliation.personName = edited.name;
        return affiliation;
    };
    ChildRows::write(
        m_loaded.affiliations, edited.affiliations,
        [&](const Affiliation &affiliation) { repository.addAffiliation(ofPerson(affiliation)); },
        [&](const Affiliation &affiliation) { repository.updateAffiliation(ofPerson(affiliation)); },
        [&](qint64 affiliationId) { repository.removeAffiliation(affiliationId); },
        [](const Affiliation &before, const Affiliation &after) {
            return before.organisationId != after.organisationId || before.role != after.role ||
                   before.title != after.title || before.start != after.start || before.end != after.end;
        });
}

QString PersonForm::commandText() const
{
    return m_loaded.id ? tr("Edit person “%1”").arg(m_name->text().trimmed())
                       : tr("Add person “%1”").arg(m_name->text().trimmed());
}

void PersonForm::reload()
{
    load(PersonRepository(connection()).get(m_loaded.id));
}

} // namespace AllianceDesk
