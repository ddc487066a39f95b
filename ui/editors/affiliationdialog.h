#pragma once

#include "domain/person.h"

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace AllianceDesk {

class OptionalDateEdit;
class RecordPicker;

/// One affiliation of a person (organisation, role, title, from, to); PersonForm saves it with the person.
class AffiliationDialog : public QDialog
{
    Q_OBJECT

public:
    AffiliationDialog(QSqlDatabase db, const Affiliation &affiliation, QWidget *parent = nullptr);

    Affiliation affiliation() const;

private:
    void revalidate();

    Affiliation m_affiliation;
    RecordPicker *m_organisation;
    QLineEdit *m_role;
    QLineEdit *m_title;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_end;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace AllianceDesk
