#pragma once

#include "recordform.h"

#include "domain/person.h"

class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace AllianceDesk {

class CountryComboBox;

/// Adds or edits a contact person and their affiliations; all of it is saved as one undoable command.
class PersonForm : public RecordForm
{
    Q_OBJECT

public:
    PersonForm(Document *document, qint64 id = 0, QWidget *parent = nullptr);

    Person person() const;
    /// Adds an affiliation as the "Add…" button does once its dialog is accepted (for tests).
    void addAffiliation(const Affiliation &affiliation);

protected:
    QString problem() const override;
    void write(const QSqlDatabase &db, RowWriter::OnConflict onConflict) override;
    QString commandText() const override;
    void reload() override;

private:
    void load(const Person &person);
    void showAffiliations();
    void editAffiliation(int row);
    void removeAffiliation();

    Person m_loaded;
    QList<Affiliation> m_affiliations;
    QLineEdit *m_name;
    QLineEdit *m_nativeName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_languages;
    CountryComboBox *m_country;
    QPlainTextEdit *m_notes;
    QTableWidget *m_affiliationTable;
};

} // namespace AllianceDesk
