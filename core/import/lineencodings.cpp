#include "lineencodings.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LineEncodings", text);
}

} // namespace

QString LineEncodings::describeEncoding(const QString &declared) const
{
    if (mixed())
        return tr("UTF-8 and %1").arg(other);
    if (otherCount > 0)
        return other;
    return utf8 ? u"UTF-8"_s : declared;
}

QString LineEncodings::sentence() const
{
    if (!mixed())
        return {};
    QStringList numbers;
    for (const qint64 line : otherLines)
        numbers << QString::number(line);
    if (otherCount == 1)
        return tr("Line %1 is not UTF-8 text: it was read as %2, the other lines as UTF-8.")
            .arg(numbers.value(0), other);
    QString lines;
    if (otherCount > numbers.size())
        lines = tr("Lines %1, … (%2 lines in all)").arg(numbers.join(u", "_s), QLocale().toString(otherCount));
    else
        lines = tr("Lines %1 and %2").arg(numbers.mid(0, numbers.size() - 1).join(u", "_s), numbers.constLast());
    return tr("%1 are not UTF-8 text: they were read as %2, the other lines as UTF-8.").arg(lines, other);
}

} // namespace AllianceDesk
