#include "collapsiblepane.h"

#include <QAction>
#include <QSplitter>

#include <algorithm>

namespace AllianceDesk {

CollapsiblePane::CollapsiblePane(QSplitter *splitter, int index, QAction *action, QObject *parent)
    : QObject(parent)
    , m_splitter(splitter)
    , m_index(index)
    , m_action(action)
{
    Q_ASSERT(index > 0);
    m_splitter->setCollapsible(index, true);
    m_action->setCheckable(true);
    connect(m_action, &QAction::triggered, this, &CollapsiblePane::setShown);
    connect(m_splitter, &QSplitter::splitterMoved, this, &CollapsiblePane::update);
    update();
}

bool CollapsiblePane::isShown() const
{
    return m_splitter->sizes().value(m_index) > 0;
}

void CollapsiblePane::setShown(bool shown)
{
    QList<int> sizes = m_splitter->sizes();
    if (m_index >= sizes.size() || (sizes.at(m_index) > 0) == shown) {
        update();
        return;
    }
    if (shown) {
        // Folded since the window opened: a part of the window like the one it starts with.
        const int width = m_width > 0 ? m_width : std::clamp(m_splitter->width() * 25 / 100, 250, 400);
        sizes[m_index - 1] = std::max(sizes.at(m_index - 1) - width, 0);
        sizes[m_index] = width;
    } else {
        m_width = sizes.at(m_index);
        sizes[m_index - 1] += sizes.at(m_index);
        sizes[m_index] = 0;
    }
    m_splitter->setSizes(sizes);
    update();
}

void CollapsiblePane::update()
{
    m_action->setChecked(isShown());
}

} // namespace AllianceDesk
