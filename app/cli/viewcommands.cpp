// alliancedesk-cli views and view: saved searches, and how list and export read one (--view NAME).
#include "commandcontext.h"
#include "commands.h"

#include "listing/recordlister.h"
#include "storage/database.h"
#include "listing/savedviewrepository.h"
#include "storage/transaction.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("CommandLine", text, nullptr, n);
}

SavedView requireView(const QSqlDatabase &db, const QString &name)
{
    const std::optional<SavedView> view = SavedViewRepository(db).find(name);
    if (!view)
        throw UsageError{tr("There is no saved search called “%1”; “alliancedesk-cli views” lists them.").arg(name)};
    return *view;
}

QJsonObject toJson(const SavedView &view)
{
    QJsonObject filters;
    for (const auto &[key, value] : view.filters)
        filters.insert(key, QJsonValue::fromVariant(value));
    QJsonObject object{{u"name"_s, view.name},
                       {u"list"_s, listDefinition(view.kind).name},
                       {u"search"_s, view.search},
                       {u"filters"_s, filters}};
    if (!view.sortColumn.isEmpty()) {
        object.insert(u"sort"_s, view.sortColumn);
        object.insert(u"descending"_s, view.sortOrder == Qt::DescendingOrder);
    }
    return object;
}

int saveView(CommandContext &context, QStringList arguments)
{
    const QString listName = CommandContext::takeOption(arguments, u"--list"_s);
    const QString search = CommandContext::takeOption(arguments, u"--search"_s);
    const QStringList filters = CommandContext::takeOptions(arguments, u"--filter"_s);
    const QString sort = CommandContext::takeOption(arguments, u"--sort"_s);
    const bool descending = CommandContext::takeFlag(arguments, u"--descending"_s);
    const bool replace = CommandContext::takeFlag(arguments, u"--replace"_s);
    if (arguments.size() != 1)
        throw UsageError{tr("view save needs the name of the search, e.g. view save \"Lapsed members in Pakistan\" "
                            "--list memberships --filter status=lapsed --filter country=PK.")};
    if (listName.isEmpty())
        throw UsageError{tr("Which list does the search read? Give --list LIST.")};
    const std::optional<ListKind> kind = listKindFromName(listName);
    if (!kind)
        throw UsageError{tr("There is no list called “%1”.").arg(listName)};

    SavedView view;
    view.name = arguments.constFirst().trimmed();
    view.kind = *kind;
    view.search = search.trimmed();
    for (const QString &filter : filters) {
        const qsizetype equals = filter.indexOf(u'=');
        if (equals <= 0)
            throw UsageError{tr("--filter is written KEY=VALUE (e.g. status=lapsed), not “%1”.").arg(filter)};
        const QString key = filter.left(equals).trimmed();
        view.setFilter(key, SavedView::filterValue(view.kind, key, filter.mid(equals + 1)));
    }
    view.sortColumn = sort.trimmed();
    view.sortOrder = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (descending && view.sortColumn.isEmpty())
        throw UsageError{tr("--descending needs --sort COLUMN.")};

    auto database = context.openDatabase();
    database->requireWritable();
    const QSqlDatabase db = database->connection();
    {
        Transaction transaction(db);
        SavedViewRepository views(db);
        const std::optional<SavedView> existing = views.find(view.name);
        if (existing && replace) {
            view.id = existing->id;
            view.name = existing->name;
            views.replace(view);
        } else if (existing) {
            throw RuleViolation(
                tr("There is already a saved search called “%1”; add --replace to replace it.").arg(existing->name));
        } else {
            views.add(view);
        }
        transaction.commit();
    }
    RecordLister lister(db, view.kind);
    view.applyTo(lister);
    const int rows = lister.count();
    context.print(tr("Saved the search “%1” (%2); it lists %n row(s) now.\n", rows).arg(view.name, view.describe()));
    return CommandContext::ExitSuccess;
}

int renameView(CommandContext &context, QStringList arguments)
{
    if (arguments.size() != 2)
        throw UsageError{tr("view rename needs the name of the search and its new name.")};
    auto database = context.openDatabase();
    database->requireWritable();
    const QSqlDatabase db = database->connection();
    const SavedView view = requireView(db, arguments.at(0));
    Transaction transaction(db);
    SavedViewRepository(db).rename(view.id, arguments.at(1));
    transaction.commit();
    context.print(tr("Renamed the saved search “%1” to “%2”.\n").arg(view.name, arguments.at(1).trimmed()));
    return CommandContext::ExitSuccess;
}

int deleteView(CommandContext &context, QStringList arguments)
{
    if (arguments.size() != 1)
        throw UsageError{tr("view delete needs the name of the search.")};
    auto database = context.openDatabase();
    database->requireWritable();
    const QSqlDatabase db = database->connection();
    const SavedView view = requireView(db, arguments.constFirst());
    Transaction transaction(db);
    SavedViewRepository(db).remove(view.id);
    transaction.commit();
    context.print(tr("Deleted the saved search “%1”; no record was changed.\n").arg(view.name));
    return CommandContext::ExitSuccess;
}

} // namespace

SavedView listToRead(const QSqlDatabase &db, const QString &listName, const QString &viewName, const QString &search)
{
    SavedView state;
    if (!viewName.isEmpty()) {
        state = requireView(db, viewName);
        if (!listName.isEmpty() && listDefinition(state.kind).name != listName)
            throw UsageError{tr("The saved search “%1” is a list of %2, not of %3.")
                                 .arg(state.name, listDefinition(state.kind).name, listName)};
    } else {
        const std::optional<ListKind> kind = listKindFromName(listName);
        if (!kind)
            throw UsageError{tr("There is no list called “%1”.").arg(listName)};
        state.kind = *kind;
    }
    if (!search.isEmpty())
        state.search = search;
    return state;
}

int runViews(CommandContext &context, QStringList arguments)
{
    const bool json = CommandContext::takeJsonFormat(arguments);
    CommandContext::requireNoMoreArguments(arguments);
    auto database = context.openDatabase();
    const QList<SavedView> views = SavedViewRepository(database->connection()).all();
    if (json) {
        QJsonArray array;
        for (const SavedView &view : views)
            array.append(toJson(view));
        context.print(QString::fromUtf8(QJsonDocument(array).toJson()));
        return CommandContext::ExitSuccess;
    }
    if (views.isEmpty()) {
        context.print(tr("There are no saved searches yet (make one with: view save NAME --list LIST …).\n"));
        return CommandContext::ExitSuccess;
    }
    for (const SavedView &view : views)
        context.print(u"%1  %2\n"_s.arg(view.name, view.describe()));
    return CommandContext::ExitSuccess;
}

int runView(CommandContext &context, QStringList arguments)
{
    if (arguments.isEmpty())
        throw UsageError{tr("view needs what to do: save, rename or delete.")};
    const QString action = arguments.takeFirst();
    if (action == u"save"_s)
        return saveView(context, arguments);
    if (action == u"rename"_s)
        return renameView(context, arguments);
    if (action == u"delete"_s)
        return deleteView(context, arguments);
    throw UsageError{tr("view does save, rename or delete, not “%1”.").arg(action)};
}

} // namespace AllianceDesk
