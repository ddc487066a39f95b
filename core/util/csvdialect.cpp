#include "csvdialect.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return u"comma"_s;
    case u';':
        return u"semicolon"_s;
    case u'\t':
        return u"tab"_s;
    case u'|':
        return u"pipe"_s;
    default:
        return QString(delimiter);
    }
}

QChar delimiterFromName(const QString &name)
{
    if (name == u"comma"_s || name == u","_s)
        return u',';
    if (name == u"semicolon"_s || name == u";"_s)
        return u';';
    if (name == u"tab"_s || name == u"\t"_s)
        return u'\t';
    if (name == u"pipe"_s || name == u"|"_s)
        return u'|';
    return {};
}

} // namespace AllianceDesk
