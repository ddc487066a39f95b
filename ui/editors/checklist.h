#pragma once

#include <QListWidget>

namespace AllianceDesk {

/// A list of checkable choices (focus areas, levels, partners...), each holding a value.
class CheckList : public QListWidget
{
    Q_OBJECT

public:
    explicit CheckList(QWidget *parent = nullptr);

    void addChoice(const QString &label, const QVariant &value);
    QVariantList checkedValues() const;
    QStringList checkedStrings() const;
    void setCheckedValues(const QVariantList &values);
    void setCheckedStrings(const QStringList &values);

signals:
    void checksChanged();
};

} // namespace AllianceDesk
