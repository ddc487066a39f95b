#include "fonts.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QGlyphRun>
#include <QRawFont>
#include <QSet>
#include <QStringList>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

/// The font families Qt picks to draw the words of @p text (spaces aside) in the application font.
std::string familiesDrawing(const QString &text)
{
    QSet<QString> families;
    for (const QString &word : text.split(u' ')) {
        QTextLayout layout(word, QApplication::font());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns())
            families.insert(run.rawFont().familyName());
    }
    QStringList sorted(families.cbegin(), families.cend());
    sorted.sort();
    return sorted.join(u", "_s).toStdString();
}

} // namespace

TEST_CASE("The application font draws every script of the alliance with a Noto family that shapes it", "[ui][fonts]")
{
    AllianceDesk::applyApplicationFonts();
    // Not Noto Kufi Arabic, fontconfig's default for Urdu, which breaks the joining of ہ.
    CHECK(familiesDrawing(u"عائشہ خان"_s) == "Noto Naskh Arabic");
    CHECK(familiesDrawing(u"شراکت"_s) == "Noto Naskh Arabic");
    CHECK(familiesDrawing(u"Мария Иванова"_s) == "Noto Sans");
    CHECK(familiesDrawing(u"किशोर वार्ता"_s) == "Noto Sans Devanagari");
    CHECK(familiesDrawing(u"ნინო ბერიძე"_s) == "Noto Sans Georgian");
}
