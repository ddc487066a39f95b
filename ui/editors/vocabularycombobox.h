#pragma once

#include "domain/vocabulary.h"

#include <QComboBox>

namespace AllianceDesk {

/// One code of a Vocabulary list, shown by its translated label. Optionally starts with an empty entry.
class VocabularyComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit VocabularyComboBox(Vocabulary::Kind kind, bool allowEmpty = false, QWidget *parent = nullptr);

    QString code() const { return currentData().toString(); }
    void setCode(const QString &code);
    /// Offers only @p codes (in vocabulary order), keeping the current code when it is among them.
    void restrictTo(const QStringList &codes);

private:
    Vocabulary::Kind m_kind;
    bool m_allowEmpty;
};

} // namespace AllianceDesk
