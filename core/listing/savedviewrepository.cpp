#include "savedviewrepository.h"

#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SavedViewRepository", text);
}

std::optional<SavedView> meaning(const std::optional<StoredView> &stored)
{
    return stored ? std::optional<SavedView>(SavedView(*stored)) : std::nullopt;
}

} // namespace

SavedViewRepository::SavedViewRepository(QSqlDatabase db)
    : m_store(std::move(db))
{}

QList<SavedView> SavedViewRepository::all() const
{
    QList<SavedView> views;
    for (const StoredView &stored : m_store.all())
        views << SavedView(stored);
    return views;
}

std::optional<SavedView> SavedViewRepository::get(qint64 id) const
{
    return meaning(m_store.get(id));
}

std::optional<SavedView> SavedViewRepository::find(const QString &name) const
{
    return meaning(m_store.findFolded(SavedView::foldedName(name)));
}

SavedView SavedViewRepository::require(qint64 id) const
{
    const std::optional<SavedView> view = get(id);
    if (!view)
        throw RuleViolation(tr("The saved search no longer exists (deleted elsewhere?)."));
    return *view;
}

void SavedViewRepository::requireFreeName(const QString &name, qint64 exceptId) const
{
    const std::optional<SavedView> existing = find(name);
    if (existing && existing->id != exceptId)
        throw RuleViolation(tr("There is already a saved search called “%1”.").arg(existing->name));
}

qint64 SavedViewRepository::add(const SavedView &view)
{
    view.check();
    requireFreeName(view.name, 0);
    return m_store.insert(view, SavedView::foldedName(view.name), view.name.trimmed() + u" — "_s + view.describe());
}

void SavedViewRepository::replace(const SavedView &view)
{
    const SavedView before = require(view.id);
    SavedView checked = view;
    checked.name = before.name;
    checked.check();
    m_store.updateDefinition(view, before.describe(), checked.describe());
}

void SavedViewRepository::rename(qint64 id, const QString &name)
{
    const SavedView before = require(id);
    SavedView renamed = before;
    renamed.name = name;
    renamed.check();
    requireFreeName(name, id);
    m_store.rename(id, name, SavedView::foldedName(name), before.name);
}

void SavedViewRepository::remove(qint64 id)
{
    const SavedView before = require(id);
    m_store.remove(id, before.name + u" — "_s + before.describe());
}

} // namespace AllianceDesk
