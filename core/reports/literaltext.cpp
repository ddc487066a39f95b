#include "literaltext.h"

#include <QStringView>

namespace AllianceDesk {

bool LiteralText::isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString LiteralText::clean(const QString &text, bool keepLineBreaks)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (isBidiControl(code))
            continue;
        if (code == u'\n' && keepLineBreaks) {
            result += c;
        } else if (code == u'\r') {
            if (!keepLineBreaks)
                result += QLatin1Char(' ');
        } else if (code < 0x20 || (code >= 0x7F && code < 0xA0) || code == 0x2028 || code == 0x2029) {
            result += QLatin1Char(' ');
        } else {
            result += c;
        }
    }
    return result;
}

Qt::LayoutDirection LiteralText::direction(const QString &text)
{
    return text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
}

QString LiteralText::isolated(const QString &text)
{
    return QChar(0x2068) + clean(text) + QChar(0x2069);
}

} // namespace AllianceDesk
