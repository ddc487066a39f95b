#include "participantdialog.h"

#include "optionaldateedit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

ParticipantDialog::ParticipantDialog(const QStringList &usedCodes, QWidget *parent)
    : QDialog(parent)
    , m_usedCodes(usedCodes)
    , m_code(new QLineEdit)
    , m_joined(new OptionalDateEdit(tr("Known")))
    , m_recordIdentity(new QCheckBox(tr("Record &identity…")))
    , m_warning(new QLabel(tr("Participants of support groups are at risk: record who they are only when it is "
                              "necessary and agreed with them. The identity is never shown, exported or audited "
                              "unless someone deliberately asks for it.")))
    , m_identity(new QLineEdit)
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Participant"));
    m_code->setObjectName(u"code"_s);
    m_code->setPlaceholderText(tr("A pseudonymous code, e.g. P-017"));
    m_recordIdentity->setObjectName(u"recordIdentity"_s);
    m_warning->setObjectName(u"identityWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(u"color: #8a4b00;"_s);
    m_identity->setObjectName(u"identity"_s);
    m_identity->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_message->setObjectName(u"dialogMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Joined:"), m_joined);
    form->addRow(QString(), m_recordIdentity);
    form->addRow(m_warning);
    form->addRow(tr("Identit&y:"), m_identity);
    form->setRowVisible(m_warning, false);
    form->setRowVisible(m_identity, false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &ParticipantDialog::revalidate);
    connect(m_recordIdentity, &QCheckBox::toggled, this, [this, form](bool on) {
        form->setRowVisible(m_warning, on);
        form->setRowVisible(m_identity, on);
        if (!on)
            m_identity->clear();
        adjustSize();
    });
    // The next code is offered, selected: Enter takes it, typing replaces it.
    m_code->setText(nextCode(m_usedCodes));
    m_code->selectAll();
    revalidate();
    m_code->setFocus();
}

QString ParticipantDialog::nextCode(const QStringList &usedCodes)
{
    static const QRegularExpression numbered(u"^(.*?)(\\d+)$"_s);
    struct Pattern
    {
        int count = 0;
        qlonglong highest = 0;
    };
    // prefix and width -> how many codes follow it, and the highest number among them
    QHash<QPair<QString, int>, Pattern> patterns;
    for (const QString &code : usedCodes) {
        const QRegularExpressionMatch match = numbered.match(code.trimmed());
        if (!match.hasMatch())
            continue;
        Pattern &pattern = patterns[{match.captured(1), int(match.capturedLength(2))}];
        ++pattern.count;
        pattern.highest = std::max(pattern.highest, match.captured(2).toLongLong());
    }
    if (patterns.isEmpty())
        return u"P-001"_s;
    auto commonest = patterns.constBegin();
    for (auto it = patterns.constBegin(); it != patterns.constEnd(); ++it) {
        if (it->count > commonest->count || (it->count == commonest->count && it.key() < commonest.key()))
            commonest = it;
    }
    return commonest.key().first + u"%1"_s.arg(commonest->highest + 1, commonest.key().second, 10, QLatin1Char('0'));
}

void ParticipantDialog::revalidate()
{
    QString message;
    const QString code = m_code->text().trimmed();
    if (code.isEmpty())
        message = tr("A participant needs a pseudonymous code.");
    else if (m_usedCodes.contains(code))
        message = tr("The code “%1” is already used in this group.").arg(code);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

Participant ParticipantDialog::participant() const
{
    Participant result;
    result.code = m_code->text().trimmed();
    result.joined = m_joined->date();
    if (m_recordIdentity->isChecked())
        result.identity = m_identity->text().trimmed();
    return result;
}

} // namespace AllianceDesk
