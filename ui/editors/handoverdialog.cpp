#include "handoverdialog.h"

#include "dateedit.h"
#include "recordpicker.h"

#include "storage/networkrepository.h"
#include "storage/secretariattermrepository.h"
#include "util/dates.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

HandoverDialog::HandoverDialog(Document *document, qint64 networkId, QWidget *parent)
    : RecordForm(document, parent)
    , m_networkId(networkId)
    , m_currentLabel(new QLabel)
    , m_host(new RecordPicker(connection(), ListKind::Organisations, QString()))
    , m_date(new DateEdit(QDate::currentDate()))
    , m_notes(new QLineEdit)
{
    setWindowTitle(tr("Hand Over Secretariat"));
    m_currentLabel->setTextFormat(Qt::PlainText);
    m_currentLabel->setWordWrap(true);
    m_host->setObjectName(u"host"_s);
    m_host->setCurrentIndex(-1);
    m_date->setObjectName(u"date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    mainLayout()->insertWidget(0, m_currentLabel);
    formLayout()->addRow(tr("New &host:"), m_host);
    formLayout()->addRow(tr("&From:"), m_date);
    formLayout()->addRow(tr("&Notes:"), m_notes);
    reload();
    finishLayout();
    m_host->setFocus();
}

void HandoverDialog::reload()
{
    m_networkName = NetworkRepository(connection()).get(m_networkId).name;
    m_current = SecretariatTerm();
    for (const SecretariatTerm &term : SecretariatTermRepository(connection()).forNetwork(m_networkId)) {
        if (term.isCurrent())
            m_current = term;
    }
    m_currentLabel->setText(
        m_current.id ? tr("The secretariat of “%1” is hosted by “%2” since %3. Its term ends the day before the new "
                          "host starts.")
                           .arg(m_networkName, m_current.organisationName, Dates::display(m_current.start))
                     : tr("No organisation hosts the secretariat of “%1” now.").arg(m_networkName));
}

QString HandoverDialog::problem() const
{
    if (!m_host->recordId())
        return m_host->currentText().trimmed().isEmpty()
                   ? tr("Choose the organisation that hosts the secretariat from now on.")
                   : tr("“%1” is not an organisation: choose one from the list.").arg(m_host->currentText());
    if (m_current.id && *m_host->recordId() == m_current.organisationId)
        return tr("“%1” already hosts this secretariat: choose another organisation.").arg(m_current.organisationName);
    if (m_current.id && m_date->date() <= m_current.start)
        return tr("The handover date must come after “%1” started hosting (%2).")
            .arg(m_current.organisationName, Dates::display(m_current.start));
    return QString();
}

void HandoverDialog::write(const QSqlDatabase &db, RowWriter::OnConflict onConflict)
{
    Q_UNUSED(onConflict)
    setRecordId(SecretariatTermRepository(db).handover(m_networkId, *m_host->recordId(), m_date->date(),
                                                       m_notes->text().trimmed()));
}

QString HandoverDialog::commandText() const
{
    return tr("Hand over the secretariat of “%1” to “%2”").arg(m_networkName, m_host->currentText());
}

} // namespace AllianceDesk
