#pragma once

#include "domain/program.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace AllianceDesk {

/// The reach of a program over one period; ProgramForm saves it with the program.
class ReachReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReachReportDialog(const ReachReport &report, QWidget *parent = nullptr);

    ReachReport report() const;
    /// A count a spin box shows as "not reported" below 0.
    static QSpinBox *countBox(const QString &objectName);
    static std::optional<int> count(const QSpinBox *box);
    static void setCount(QSpinBox *box, std::optional<int> value);

private:
    void revalidate();

    ReachReport m_report;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QSpinBox *m_villages;
    QSpinBox *m_districts;
    QSpinBox *m_institutions;
    QSpinBox *m_participants;
    QLineEdit *m_note;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace AllianceDesk
