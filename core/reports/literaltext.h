#pragma once

#include <QString>

namespace AllianceDesk {

/**
 * Makes values from records safe to draw as literal text. Each value is drawn in its own text layout with its own
 * paragraph direction, so it cannot reorder its neighbours; inside it, the invisible bidi controls (embeddings,
 * overrides, isolates and marks) that would reorder its own characters are removed, and other control characters
 * become spaces. Markup and formulas need nothing: the reports never interpret text.
 */
class LiteralText
{
public:
    /// @p text without bidi controls; tabs, line breaks (unless @p keepLineBreaks) and control characters as spaces.
    static QString clean(const QString &text, bool keepLineBreaks = false);
    /// Right to left when the first strong character is (Urdu, Arabic, Hebrew), else left to right.
    static Qt::LayoutDirection direction(const QString &text);
    /// @p text cleaned and wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, for use inside a sentence.
    static QString isolated(const QString &text);
    static bool isBidiControl(char32_t c);
};

} // namespace AllianceDesk
