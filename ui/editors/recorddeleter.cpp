#include "recorddeleter.h"

#include "editorfactory.h"

#include "document/document.h"
#include "listing/recordlister.h"
#include "storage/concernrepository.h"
#include "storage/eventrepository.h"
#include "storage/membershiprepository.h"
#include "storage/networkrepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/programrepository.h"
#include "storage/secretariattermrepository.h"
#include "storage/supportgrouprepository.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RecordDeleter", text);
}

RecordDeleter::Confirmer &confirmer()
{
    static RecordDeleter::Confirmer instance = &RecordDeleter::askUser;
    return instance;
}

void removeRecord(const QSqlDatabase &db, ListKind kind, qint64 id, RecordRemover::Policy policy)
{
    switch (kind) {
    case ListKind::Networks:
        NetworkRepository(db).remove(id, policy);
        return;
    case ListKind::Organisations:
        OrganisationRepository(db).remove(id, policy);
        return;
    case ListKind::People:
        PersonRepository(db).remove(id, policy);
        return;
    case ListKind::Memberships:
        MembershipRepository(db).remove(id, policy);
        return;
    case ListKind::SecretariatTerms:
        SecretariatTermRepository(db).remove(id);
        return;
    case ListKind::Programs:
        ProgramRepository(db).remove(id, policy);
        return;
    case ListKind::SupportGroups:
        SupportGroupRepository(db).remove(id, policy);
        return;
    case ListKind::Meetings:
        SupportGroupRepository(db).removeMeeting(id);
        return;
    case ListKind::Events:
        EventRepository(db).remove(id, policy);
        return;
    case ListKind::Concerns:
        ConcernRepository(db).remove(id);
        return;
    }
}

} // namespace

void RecordDeleter::setConfirmer(Confirmer chooser)
{
    confirmer() = chooser ? std::move(chooser) : Confirmer(&RecordDeleter::askUser);
}

bool RecordDeleter::askUser(QWidget *parent, const QString &question, bool withDependents)
{
    QMessageBox box(QMessageBox::Question, tr("Delete"), question, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("You can take it back with Edit > Undo."));
    QPushButton *remove =
        box.addButton(withDependents ? tr("Delete &with Dependents") : tr("&Delete"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == remove;
}

RecordDeleter::RecordDeleter(Document *document, QWidget *parent)
    : m_document(document)
    , m_parent(parent)
{}

QString RecordDeleter::describe(ListKind kind, qint64 id) const
{
    // The list's own row names the record as the user sees it in the table.
    RecordLister lister(m_document->connection(), kind);
    lister.setFilter(u"id"_s, id);
    const QList<QVariantList> rows = lister.fetch(0, 1);
    const QVariantList row = rows.value(0);
    QStringList parts;
    for (int column = 1; column < row.size() && parts.size() < 2; ++column) {
        const ListColumn &definition = lister.definition().columns.at(column);
        if (definition.type == ListColumn::Type::Text && !row.at(column).toString().isEmpty())
            parts << row.at(column).toString();
    }
    const QString name = parts.isEmpty() ? QString::number(id) : parts.join(u" — "_s);
    return tr("%1 “%2”").arg(EditorFactory::recordNoun(kind), name);
}

QString RecordDeleter::question(ListKind kind, qint64 id) const
{
    const QList<Dependents> dependents =
        RecordRemover(m_document->connection()).dependents(EditorFactory::tableName(kind), id);
    QString text = tr("Delete %1?").arg(describe(kind, id));
    if (!dependents.isEmpty()) {
        text += u"\n\n"_s + tr("These records depend on it:");
        for (const Dependents &each : dependents)
            text += u"\n• "_s + each.label();
    }
    return text;
}

bool RecordDeleter::remove(ListKind kind, qint64 id)
{
    m_lastError.clear();
    const bool withDependents =
        !RecordRemover(m_document->connection()).dependents(EditorFactory::tableName(kind), id).isEmpty();
    const QString name = describe(kind, id);
    if (!confirmer()(m_parent, question(kind, id), withDependents))
        return false;
    const auto policy =
        withDependents ? RecordRemover::Policy::DeleteDependents : RecordRemover::Policy::RefuseIfDependents;
    try {
        m_document->perform(tr("Delete %1").arg(name),
                            [kind, id, policy](const QSqlDatabase &db) { removeRecord(db, kind, id, policy); });
        return true;
    } catch (const Error &error) {
        m_lastError = error.message();
        QMessageBox box(QMessageBox::Warning, tr("Cannot delete"), m_lastError, QMessageBox::Ok, m_parent);
        box.setTextFormat(Qt::PlainText);
        if (m_parent)
            box.exec();
    }
    return false;
}

} // namespace AllianceDesk
