#include "checklist.h"

namespace AllianceDesk {

CheckList::CheckList(QWidget *parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListWidget::itemChanged, this, &CheckList::checksChanged);
}

void CheckList::addChoice(const QString &label, const QVariant &value)
{
    auto *item = new QListWidgetItem(label, this);
    item->setData(Qt::UserRole, value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

QVariantList CheckList::checkedValues() const
{
    QVariantList values;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            values << item(row)->data(Qt::UserRole);
    }
    return values;
}

QStringList CheckList::checkedStrings() const
{
    QStringList values;
    for (const QVariant &value : checkedValues())
        values << value.toString();
    return values;
}

void CheckList::setCheckedValues(const QVariantList &values)
{
    const QSignalBlocker blocker(this);
    for (int row = 0; row < count(); ++row)
        item(row)->setCheckState(values.contains(item(row)->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
}

void CheckList::setCheckedStrings(const QStringList &values)
{
    QVariantList list;
    for (const QString &value : values)
        list << value;
    setCheckedValues(list);
}

} // namespace AllianceDesk
