#pragma once

#include <QObject>

class QAction;
class QSplitter;

namespace AllianceDesk {

/**
 * A pane of a splitter (the detail pane) folded away and brought back by a checkable action (View › Detail Pane):
 * folded, its width goes to the pane before it (the list); back, it has the width it had. Dragging its edge to the
 * side folds it too, and the action follows; the splitter's saved state remembers it folded.
 */
class CollapsiblePane : public QObject
{
    Q_OBJECT

public:
    /// Pane @p index (not the first) of @p splitter, toggled by @p action (made checkable).
    CollapsiblePane(QSplitter *splitter, int index, QAction *action, QObject *parent = nullptr);

    bool isShown() const;
    void setShown(bool shown);
    /// Checks the action as the pane is now (after the splitter's state was restored).
    void update();

private:
    QSplitter *m_splitter;
    int m_index;
    QAction *m_action;
    int m_width = 0; ///< the pane's width before it was folded
};

} // namespace AllianceDesk
