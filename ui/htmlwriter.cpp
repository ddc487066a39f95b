#include "htmlwriter.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

QString HtmlWriter::text(const QString &text)
{
    return u"<span dir=\"auto\">"_s + text.toHtmlEscaped() + u"</span>"_s;
}

void HtmlWriter::title(const QString &name, const QString &nativeName)
{
    closeFields();
    m_body += u"<h2>"_s + text(name) + u"</h2>"_s;
    if (!nativeName.isEmpty() && nativeName != name)
        m_body += u"<p style=\"font-size: x-large;\">"_s + text(nativeName) + u"</p>"_s;
}

void HtmlWriter::heading(const QString &heading)
{
    closeFields();
    m_body += u"<h3>"_s + text(heading) + u"</h3>"_s;
}

void HtmlWriter::paragraph(const QString &paragraph)
{
    closeFields();
    if (!paragraph.isEmpty())
        m_body += u"<p>"_s + text(paragraph) + u"</p>"_s;
}

void HtmlWriter::note(const QString &note)
{
    closeFields();
    m_body += u"<p style=\"color: gray;\"><i>"_s + text(note) + u"</i></p>"_s;
}

void HtmlWriter::field(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    if (!m_inFields) {
        m_body += u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
        m_inFields = true;
    }
    m_body += u"<tr><td style=\"color: gray; padding-right: 12px;\">"_s + text(label) + u"</td><td>"_s + text(value) +
              u"</td></tr>"_s;
}

void HtmlWriter::list(const QStringList &items)
{
    closeFields();
    if (items.isEmpty())
        return;
    m_body += u"<ul>"_s;
    for (const QString &item : items)
        m_body += u"<li>"_s + text(item) + u"</li>"_s;
    m_body += u"</ul>"_s;
}

void HtmlWriter::table(const QStringList &headers, const QList<QStringList> &rows)
{
    closeFields();
    m_body += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse: collapse;\"><tr>"_s;
    for (const QString &header : headers)
        m_body += u"<th align=\"left\">"_s + text(header) + u"</th>"_s;
    m_body += u"</tr>"_s;
    for (const QStringList &row : rows) {
        m_body += u"<tr>"_s;
        for (const QString &cell : row)
            m_body += u"<td>"_s + text(cell) + u"</td>"_s;
        m_body += u"</tr>"_s;
    }
    m_body += u"</table>"_s;
}

QString HtmlWriter::html() const
{
    return u"<html><body>"_s + m_body + (m_inFields ? u"</table>"_s : QString()) + u"</body></html>"_s;
}

void HtmlWriter::closeFields()
{
    if (m_inFields) {
        m_body += u"</table>"_s;
        m_inFields = false;
    }
}

} // namespace AllianceDesk
