#include "vocabularycombobox.h"

#include <algorithm>

namespace AllianceDesk {

VocabularyComboBox::VocabularyComboBox(Vocabulary::Kind kind, bool allowEmpty, QWidget *parent)
    : QComboBox(parent)
    , m_kind(kind)
    , m_allowEmpty(allowEmpty)
{
    restrictTo(Vocabulary::codes(kind));
}

void VocabularyComboBox::setCode(const QString &code)
{
    setCurrentIndex(std::max(findData(code), 0));
}

void VocabularyComboBox::restrictTo(const QStringList &codes)
{
    const QString current = code();
    const QSignalBlocker blocker(this);
    clear();
    if (m_allowEmpty)
        addItem(QString(), QString());
    for (const QString &each : Vocabulary::codes(m_kind)) {
        if (codes.contains(each))
            addItem(Vocabulary::label(m_kind, each), each);
    }
    setCode(current);
}

} // namespace AllianceDesk
