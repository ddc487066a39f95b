#pragma once

namespace AllianceDesk {

/**
 * Sets the application font to an explicit list of Noto families.
 *
 * fontconfig's default for Urdu is Noto Kufi Arabic, which breaks the joining of letters such as ہ; naming
 * the families (Latin and Cyrillic first, then Arabic script, Devanagari and Georgian) makes every script in
 * the alliance's records render shaped and joined. Call once, after the QApplication exists.
 */
void applyApplicationFonts();

} // namespace AllianceDesk
