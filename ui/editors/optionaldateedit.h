#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace AllianceDesk {

/// A date that may be left empty: a check box says whether there is one, a QDateEdit holds it.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString &checkText, QWidget *parent = nullptr);

    /// The date, or an invalid QDate when the box is unchecked.
    QDate date() const;
    void setDate(const QDate &date);
    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    void dateChanged();

private:
    QCheckBox *m_check;
    QDateEdit *m_edit;
};

} // namespace AllianceDesk
