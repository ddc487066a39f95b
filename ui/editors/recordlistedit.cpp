#include "recordlistedit.h"

#include "recordpicker.h"

#include "listing/recordlister.h"

#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

RecordListEdit::RecordListEdit(QSqlDatabase db, ListKind kind, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_kind(kind)
    , m_picker(new RecordPicker(db, kind, QString()))
    , m_add(new QPushButton(tr("A&dd")))
    , m_list(new QListWidget)
    , m_remove(new QPushButton(tr("Remo&ve")))
{
    m_picker->setObjectName(u"picker"_s);
    m_picker->setCurrentIndex(-1);
    m_list->setObjectName(u"chosen"_s);
    m_add->setObjectName(u"add"_s);
    m_list->setMaximumHeight(90);
    for (QPushButton *button : {m_add, m_remove})
        button->setAutoDefault(false);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picker, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_list, 1, 0);
    layout->addWidget(m_remove, 1, 1, Qt::AlignTop);
    connect(m_add, &QPushButton::clicked, this, &RecordListEdit::addChosen);
    connect(m_remove, &QPushButton::clicked, this, &RecordListEdit::removeCurrent);
    connect(m_picker, &RecordPicker::recordChanged, this, &RecordListEdit::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecordListEdit::updateButtons);
    setFocusProxy(m_picker);
    updateButtons();
}

QList<qint64> RecordListEdit::recordIds() const
{
    QList<qint64> result;
    for (int row = 0; row < m_list->count(); ++row)
        result << m_list->item(row)->data(Qt::UserRole).toLongLong();
    return result;
}

void RecordListEdit::setRecordIds(const QList<qint64> &ids)
{
    m_list->clear();
    RecordLister lister(m_db, m_kind);
    const int nameColumn = lister.definition().columnIndex(u"name"_s);
    for (qint64 id : ids) {
        lister.setFilter(lister.definition().columns.at(0).key, id);
        const QList<QVariantList> rows = lister.fetch(0, 1);
        addRecord(id, rows.isEmpty() ? QString() : rows.first().value(nameColumn).toString());
    }
    updateButtons();
}

void RecordListEdit::addRecord(qint64 id, const QString &name)
{
    auto *item = new QListWidgetItem(name.isEmpty() ? QString::number(id) : name);
    item->setData(Qt::UserRole, id);
    m_list->addItem(item);
}

void RecordListEdit::addChosen()
{
    const std::optional<qint64> id = m_picker->recordId();
    if (!id || recordIds().contains(*id))
        return;
    addRecord(*id, m_picker->currentText().trimmed());
    m_picker->setCurrentIndex(-1);
    m_picker->clearEditText();
    updateButtons();
    emit recordsChanged();
}

void RecordListEdit::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    updateButtons();
    emit recordsChanged();
}

void RecordListEdit::updateButtons()
{
    const std::optional<qint64> id = m_picker->recordId();
    m_add->setEnabled(id.has_value() && !recordIds().contains(*id));
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

} // namespace AllianceDesk
