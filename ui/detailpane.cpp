#include "detailpane.h"

#include "detailhtml.h"
#include "htmlwriter.h"

#include "util/error.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

DetailPane::DetailPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"detailPane"_s);
    setOpenLinks(false);
    setReadOnly(true);
}

void DetailPane::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    showNothing();
}

void DetailPane::showRecord(ListKind kind, qint64 id)
{
    m_shown = qMakePair(kind, id);
    if (!m_db.isValid()) {
        clear();
        return;
    }
    try {
        setHtml(DetailHtml(m_db).record(kind, id));
    } catch (const Error &error) {
        HtmlWriter html;
        html.note(tr("This record cannot be shown: %1").arg(error.message()));
        setHtml(html.html());
    }
}

void DetailPane::showNothing()
{
    m_shown.reset();
    clear();
}

void DetailPane::reload()
{
    if (m_shown)
        showRecord(m_shown->first, m_shown->second);
}

} // namespace AllianceDesk
