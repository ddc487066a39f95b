#pragma once

#include "recordform.h"

#include "domain/network.h"

class QLineEdit;
class QPlainTextEdit;

namespace AllianceDesk {

class CountryComboBox;
class OptionalDateEdit;
class RecordPicker;
class VocabularyComboBox;

/// Adds or edits a network, including its place in the tree (its parent; never one of its own descendants).
class NetworkForm : public RecordForm
{
    Q_OBJECT

public:
    /// @p id 0 adds a network (under @p parentId when given).
    NetworkForm(Document *document, qint64 id = 0, QWidget *parent = nullptr,
                std::optional<qint64> parentId = std::nullopt);

    Network network() const;

protected:
    QString problem() const override;
    void write(const QSqlDatabase &db, RowWriter::OnConflict onConflict) override;
    QString commandText() const override;
    void reload() override;

private:
    void load(const Network &network);

    Network m_loaded;
    QLineEdit *m_name;
    QLineEdit *m_nativeName;
    QLineEdit *m_acronym;
    VocabularyComboBox *m_level;
    RecordPicker *m_parent;
    CountryComboBox *m_country;
    QLineEdit *m_region;
    OptionalDateEdit *m_founded;
    QLineEdit *m_website;
    VocabularyComboBox *m_status;
    QPlainTextEdit *m_goalLongTerm;
    QPlainTextEdit *m_goalShortTerm;
    QPlainTextEdit *m_strategies;
    QPlainTextEdit *m_notes;
};

} // namespace AllianceDesk
