#pragma once

#include "recordform.h"

#include "domain/organisation.h"

class QLineEdit;
class QPlainTextEdit;

namespace AllianceDesk {

class CheckList;
class CountryComboBox;
class VocabularyComboBox;

/// Adds or edits an organisation: names, type, place, contacts (email, E.164 phone) and focus areas.
class OrganisationForm : public RecordForm
{
    Q_OBJECT

public:
    /// @p id 0 adds a new organisation.
    OrganisationForm(Document *document, qint64 id = 0, QWidget *parent = nullptr);

    Organisation organisation() const;

protected:
    QString problem() const override;
    void write(const QSqlDatabase &db, RowWriter::OnConflict onConflict) override;
    QString commandText() const override;
    void reload() override;

private:
    void load(const Organisation &organisation);

    Organisation m_loaded;
    QLineEdit *m_name;
    QLineEdit *m_nativeName;
    QLineEdit *m_acronym;
    VocabularyComboBox *m_type;
    CountryComboBox *m_country;
    QLineEdit *m_province;
    QLineEdit *m_city;
    QLineEdit *m_website;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    CheckList *m_focusAreas;
    QPlainTextEdit *m_notes;
};

} // namespace AllianceDesk
