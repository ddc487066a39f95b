#include "fonts.h"

#include <QApplication>
#include <QFont>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

void applyApplicationFonts()
{
    QFont font = QApplication::font();
    font.setFamilies({u"Noto Sans"_s, u"Noto Naskh Arabic"_s, u"Noto Sans Devanagari"_s, u"Noto Sans Georgian"_s});
    QApplication::setFont(font);
}

} // namespace AllianceDesk
