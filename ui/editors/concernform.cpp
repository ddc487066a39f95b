#include "concernform.h"

#include "optionaldateedit.h"
#include "recordpicker.h"
#include "vocabularycombobox.h"

#include "storage/concernrepository.h"
#include "storage/rules.h"
#include "util/error.h"

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QPlainTextEdit *textBox(int height)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(height);
    return edit;
}
} // namespace

ConcernForm::ConcernForm(Document *document, qint64 id, QWidget *parent, std::optional<qint64> networkId)
    : RecordForm(document, parent)
    , m_organisation(new RecordPicker(connection(), ListKind::Organisations, QString()))
    , m_network(new RecordPicker(connection(), ListKind::Networks, tr("(none)")))
    , m_received(new OptionalDateEdit(tr("Known")))
    , m_category(new VocabularyComboBox(Vocabulary::Kind::ConcernCategory))
    , m_status(new VocabularyComboBox(Vocabulary::Kind::ConcernStatus))
    , m_closed(new OptionalDateEdit(tr("Closed")))
    , m_summary(textBox(70))
    , m_actions(textBox(70))
    , m_showNotes(new QPushButton(tr("Show &confidential notes")))
    , m_notes(textBox(90))
{
    setWindowTitle(id ? tr("Edit Concern") : tr("New Concern"));
    m_organisation->setObjectName(u"organisation"_s);
    m_status->setObjectName(u"status"_s);
    m_closed->setObjectName(u"closed"_s);
    m_showNotes->setObjectName(u"showNotes"_s);
    m_showNotes->setAutoDefault(false);
    m_notes->setObjectName(u"confidentialNotes"_s);
    m_notes->hide();

    QFormLayout *form = formLayout();
    form->addRow(tr("About &organisation:"), m_organisation);
    form->addRow(tr("In &network:"), m_network);
    form->addRow(tr("&Received:"), m_received);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("C&losed:"), m_closed);
    form->addRow(tr("Su&mmary:"), m_summary);
    form->addRow(tr("&Actions:"), m_actions);
    form->addRow(tr("Confidential notes:"), m_showNotes);
    form->addRow(QString(), m_notes);
    connect(m_showNotes, &QPushButton::clicked, this, &ConcernForm::showNotes);

    setRecordId(id);
    if (id) {
        load(ConcernRepository(connection()).get(id));
    } else {
        m_organisation->setCurrentIndex(-1);
        m_network->setRecordId(networkId);
        m_received->setDate(QDate::currentDate());
        m_status->restrictTo({u"received"_s});
    }
    finishLayout();
    m_organisation->setFocus();
}

void ConcernForm::showNotes()
{
    m_showNotes->hide();
    m_notes->show();
    m_notes->setFocus();
}

void ConcernForm::load(const Concern &concern)
{
    m_loaded = concern;
    m_organisation->setRecordId(concern.organisationId);
    m_network->setRecordId(concern.networkId);
    m_received->setDate(concern.received);
    m_category->setCode(concern.category);
    QStringList allowed;
    for (const QString &code : Vocabulary::codes(Vocabulary::Kind::ConcernStatus)) {
        if (ConcernRepository::canMove(concern.status, code))
            allowed << code;
    }
    m_status->restrictTo(allowed);
    m_status->setCode(concern.status);
    m_closed->setDate(concern.closed);
    m_summary->setPlainText(concern.summary);
    m_actions->setPlainText(concern.actions);
    m_notes->setPlainText(concern.confidentialNotes);
}

Concern ConcernForm::concern() const
{
    Concern result = m_loaded;
    result.organisationId = m_organisation->recordId().value_or(0);
    result.networkId = m_network->recordId();
    result.received = m_received->date();
    result.category = m_category->code();
    result.status = m_status->code();
    result.closed = m_closed->date();
    result.summary = m_summary->toPlainText();
    result.actions = m_actions->toPlainText();
    result.confidentialNotes = m_notes->toPlainText();
    return result;
}

QString ConcernForm::problem() const
{
    if (!m_organisation->recordId())
        return tr("Choose the organisation the concern is about.");
    if (!m_network->isAcceptable())
        return tr("“%1” is not a network: choose one from the list.").arg(m_network->currentText());
    const Concern edited = concern();
    // The same rules as ConcernRepository applies on save.
    return ruleProblem([&edited, this] {
        const QString record = tr("Concern about “%1”").arg(m_organisation->currentText());
        Rules::requireDate(record, tr("date received"), edited.received);
        Rules::requireOrder(record, tr("date received"), edited.received, tr("date closed"), edited.closed);
        const bool closedStatus = edited.status == u"resolved"_s || edited.status == u"dismissed"_s;
        if (closedStatus && !edited.closed.isValid())
            throw RuleViolation(tr("%1: a resolved or dismissed concern needs the date it was closed.").arg(record));
        if (!closedStatus && edited.closed.isValid())
            throw RuleViolation(tr("%1: only a resolved or dismissed concern has a closing date.").arg(record));
    });
}

void ConcernForm::write(const QSqlDatabase &db, RowWriter::OnConflict onConflict)
{
    ConcernRepository repository(db);
    addOrUpdate(repository, concern(), onConflict);
}

QString ConcernForm::commandText() const
{
    return m_loaded.id ? tr("Edit concern about “%1”").arg(m_organisation->currentText())
                       : tr("Add concern about “%1”").arg(m_organisation->currentText());
}

void ConcernForm::reload()
{
    load(ConcernRepository(connection()).get(m_loaded.id));
}

} // namespace AllianceDesk
