#include "searchtext.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    // Qt folds case one character at a time; ß is the one full folding users type out ("strasse").
    return folded.toCaseFolded().replace(u'\u00DF', u"ss"_s);
}

int characterCount(const QString &text)
{
    int count = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (!it->isLowSurrogate())
            ++count;
    }
    return count;
}

} // namespace AllianceDesk
