#include "detailpane.h"

#include "domain/catalogue.h"

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

bool DetailPane::showsChange(const DataChange &change) const
{
    if (!m_shown)
        return false;
    if (change.isEverything())
        return true;
    const QStringList tables = change.tables();
    if (tables == QStringList{u"saved_views"_s})
        return false;
    // Another record of the same kind, when the pane lists none of its kind beside it (a network lists its parent and
    // its sub-networks, so any network's change may show there).
    const QString table = Catalogue::forList(m_shown->first).table;
    if (m_shown->first != ListKind::Networks && tables == QStringList{table})
        return change.touches(table, m_shown->second);
    return true;
}

void DetailPane::reload()
{
    if (m_shown)
        showRecord(m_shown->first, m_shown->second);
}

} // namespace AllianceDesk
