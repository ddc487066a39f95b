#include "organisationform.h"

#include "checklist.h"
#include "countrycombobox.h"
#include "phonefield.h"
#include "vocabularycombobox.h"

#include "storage/organisationrepository.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

OrganisationForm::OrganisationForm(Document *document, qint64 id, QWidget *parent)
    : RecordForm(document, parent)
    , m_name(new QLineEdit)
    , m_nativeName(new QLineEdit)
    , m_acronym(new QLineEdit)
    , m_type(new VocabularyComboBox(Vocabulary::Kind::OrganisationType))
    , m_country(new CountryComboBox)
    , m_province(new QLineEdit)
    , m_city(new QLineEdit)
    , m_website(new QLineEdit)
    , m_email(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_focusAreas(new CheckList)
    , m_notes(new QPlainTextEdit)
{
    setWindowTitle(id ? tr("Edit Organisation") : tr("New Organisation"));
    m_name->setObjectName(u"name"_s);
    m_nativeName->setObjectName(u"nativeName"_s);
    m_email->setObjectName(u"email"_s);
    m_phone->setObjectName(u"phone"_s);
    m_country->setObjectName(u"country"_s);
    m_type->setObjectName(u"type"_s);
    m_focusAreas->setObjectName(u"focusAreas"_s);
    m_phone->setPlaceholderText(tr("+92 51 2345678"));
    m_email->setPlaceholderText(tr("name@example.org"));
    for (const QString &code : Vocabulary::codes(Vocabulary::Kind::FocusArea))
        m_focusAreas->addChoice(Vocabulary::label(Vocabulary::Kind::FocusArea, code), code);
    m_focusAreas->setMaximumHeight(140);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);

    QFormLayout *form = formLayout();
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Name in own &script:"), m_nativeName);
    form->addRow(tr("&Acronym:"), m_acronym);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Province:"), m_province);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Focus areas:"), m_focusAreas);
    form->addRow(tr("N&otes:"), m_notes);

    setRecordId(id);
    if (id)
        load(OrganisationRepository(connection()).get(id));
    finishLayout();
    m_name->setFocus();
}

void OrganisationForm::load(const Organisation &organisation)
{
    m_loaded = organisation;
    m_name->setText(organisation.name);
    m_nativeName->setText(organisation.nativeName);
    m_acronym->setText(organisation.acronym);
    m_type->setCode(organisation.type);
    m_country->setCode(organisation.country);
    m_province->setText(organisation.province);
    m_city->setText(organisation.city);
    m_website->setText(organisation.website);
    m_email->setText(organisation.email);
    m_phone->setText(organisation.phone);
    m_focusAreas->setCheckedStrings(organisation.focusAreas);
    m_notes->setPlainText(organisation.notes);
}

Organisation OrganisationForm::organisation() const
{
    Organisation result = m_loaded;
    result.name = m_name->text().trimmed();
    result.nativeName = m_nativeName->text().trimmed();
    result.acronym = m_acronym->text().trimmed();
    result.type = m_type->code();
    result.country = m_country->code();
    result.province = m_province->text().trimmed();
    result.city = m_city->text().trimmed();
    result.website = m_website->text().trimmed();
    result.email = m_email->text().trimmed();
    result.phone = PhoneField::toE164(m_phone->text(), result.country);
    result.focusAreas = m_focusAreas->checkedStrings();
    result.notes = m_notes->toPlainText();
    return result;
}

QString OrganisationForm::problem() const
{
    if (const QString country = m_country->problem(); !country.isEmpty())
        return country;
    const Organisation edited = organisation();
    if (const QString email = fieldProblem(tr("Email"), Validation::email(m_email->text())); !email.isEmpty())
        return email;
    if (const QString phone = PhoneField::problem(m_phone->text(), edited.country); !phone.isEmpty())
        return phone;
    return ruleProblem([&edited] { OrganisationRepository::validate(edited); });
}

void OrganisationForm::write(const QSqlDatabase &db, RowWriter::OnConflict onConflict)
{
    OrganisationRepository repository(db);
    addOrUpdate(repository, organisation(), onConflict);
}

QString OrganisationForm::commandText() const
{
    return m_loaded.id ? tr("Edit organisation “%1”").arg(m_name->text().trimmed())
                       : tr("Add organisation “%1”").arg(m_name->text().trimmed());
}

void OrganisationForm::reload()
{
    load(OrganisationRepository(connection()).get(m_loaded.id));
}

} // namespace AllianceDesk
