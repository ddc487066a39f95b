#pragma once

#include "domain/validation.h"
#include "storage/rowwriter.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace AllianceDesk {

class Document;

/**
 * Base of the record forms: a form layout, a line under it that says what is wrong while the user types (Save is
 * disabled until it is empty), Save (the default button: Enter) and Cancel (Esc). Saving runs write() as one
 * undoable command of the document; a record saved elsewhere since it was loaded lets the user reload, overwrite
 * or cancel; a rule the data breaks is shown in words and the form stays open with the user's input.
 */
class RecordForm : public QDialog
{
    Q_OBJECT

public:
    enum class ConflictChoice
    {
        Reload,
        Overwrite,
        Cancel,
    };
    /// Asks what to do about a conflict; replaced in tests (the default shows a message box).
    using ConflictChooser = std::function<ConflictChoice(QWidget *parent, const QString &message)>;
    static void setConflictChooser(ConflictChooser chooser);
    static ConflictChoice askAboutConflict(QWidget *parent, const QString &message);

    RecordForm(Document *document, QWidget *parent = nullptr);

    QLabel *messageLabel() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }
    /// The id of the record, once saved (for a new record: the id it got).
    qint64 recordId() const { return m_recordId; }

    /// Saves the form; true when saved. The dialog stays open on failure (accept() closes it on success).
    bool save();
    void accept() override;

protected:
    /// Why the form cannot be saved as it is, in words; empty when it can. Called on every change.
    virtual QString problem() const = 0;
    /// Writes the record through the repositories (inside the document's transaction).
    virtual void write(const QSqlDatabase &db, RowWriter::OnConflict onConflict) = 0;
    /// The name of the undo command ("Edit organisation “X”").
    virtual QString commandText() const = 0;
    /// Reads the record again from the database into the form (after the user chose to reload).
    virtual void reload() = 0;

    Document *document() const { return m_document; }
    QSqlDatabase connection() const;
    QFormLayout *formLayout() const { return m_form; }
    QVBoxLayout *mainLayout() const { return m_layout; }
    void setRecordId(qint64 id) { m_recordId = id; }
    /// Adds @p record when it is new (id 0) and remembers its id, or saves it; returns its id.
    template<typename Repository, typename Record>
    qint64 addOrUpdate(Repository &repository, const Record &record, RowWriter::OnConflict onConflict)
    {
        if (record.id != 0) {
            repository.update(record, onConflict);
            return record.id;
        }
        const qint64 id = repository.add(record);
        setRecordId(id);
        return id;
    }

    /// Adds the message line and the buttons, watches every input for changes and validates once. Called last
    /// by each form's constructor.
    void finishLayout();
    /// Validates again (the inputs call it on every change).
    void revalidate();
    /// Runs @p check and returns the message of the RuleViolation it throws, or an empty string.
    static QString ruleProblem(const std::function<void()> &check);
    /// "Email: “x” is not an email address (…)." when Validation refused what was typed in the field called
    /// @p label; empty when it was accepted. The words after the label are those of the import and of `check`.
    static QString fieldProblem(const QString &label, const Verdict &verdict);

private:
    void showProblem(const QString &message);
    bool perform(RowWriter::OnConflict onConflict);

    Document *m_document;
    qint64 m_recordId = 0;
    QVBoxLayout *m_layout;
    QFormLayout *m_form;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    bool m_touched = false; ///< false while the form is being opened: nothing was asked of the user yet
};

} // namespace AllianceDesk
