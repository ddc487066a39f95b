#include "recordpicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

RecordPicker::RecordPicker(QSqlDatabase db, ListKind kind, const QString &noneText, QWidget *parent)
    : QComboBox(parent)
    , m_lister(db, kind)
    , m_nameColumn(m_lister.definition().columnIndex(u"name"_s))
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
    , m_shortSearch(new QTimer(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    if (!noneText.isNull())
        addItem(noneText, QVariant());
    // The first page only: the rest is found by typing.
    for (const QVariantList &row : m_lister.fetch(0, MatchLimit))
        addItem(row.value(m_nameColumn).toString(), row.value(0).toLongLong());
    lineEdit()->setPlaceholderText(tr("Type to search…"));
    // Matches come from SQL already filtered: the completer shows them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    lineEdit()->setCompleter(m_completer);
    m_shortSearch->setSingleShot(true);
    m_shortSearch->setInterval(ShortSearchDelay);
    connect(m_shortSearch, &QTimer::timeout, this, [this] { search(lineEdit()->text()); });
    connect(lineEdit(), &QLineEdit::textEdited, this, &RecordPicker::textEdited);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    choose(index.data(Qt::UserRole).toLongLong(), index.data(Qt::DisplayRole).toString());
            });
    connect(this, &QComboBox::currentTextChanged, this, &RecordPicker::recordChanged);
}

void RecordPicker::textEdited(const QString &text)
{
    if (text.trimmed().size() >= IndexedLength || text.trimmed().isEmpty()) {
        m_shortSearch->stop();
        search(text);
    } else {
        // The matches of the text before would be wrong meanwhile.
        m_matches->clear();
        m_completer->popup()->hide();
        m_shortSearch->start();
    }
}

void RecordPicker::search(const QString &text)
{
    m_matches->clear();
    if (text.trimmed().isEmpty())
        return;
    m_lister.setSearch(text);
    for (const QVariantList &row : m_lister.fetch(0, MatchLimit + int(m_excluded.size()))) {
        const qint64 id = row.value(0).toLongLong();
        if (m_excluded.contains(id) || m_matches->rowCount() >= MatchLimit)
            continue;
        auto *item = new QStandardItem(row.value(m_nameColumn).toString());
        item->setData(id, Qt::UserRole);
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() > 0 && isVisible())
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void RecordPicker::choose(qint64 id, const QString &name)
{
    int index = findData(id);
    if (index < 0) {
        addItem(name, id);
        index = count() - 1;
    }
    setCurrentIndex(index);
    setEditText(itemText(index));
}

QString RecordPicker::recordName(QSqlDatabase db, ListKind kind, qint64 id)
{
    RecordLister lister(db, kind);
    lister.setFilter(lister.definition().columns.at(0).key, id);
    const QList<QVariantList> rows = lister.fetch(0, 1);
    return rows.isEmpty() ? QString() : rows.first().value(lister.definition().columnIndex(u"name"_s)).toString();
}

QStringList RecordPicker::matches() const
{
    QStringList result;
    for (int row = 0; row < m_matches->rowCount(); ++row)
        result << m_matches->item(row)->text();
    return result;
}

std::optional<qint64> RecordPicker::matchFor(const QString &text) const
{
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_matches->rowCount(); ++row) {
        if (m_matches->item(row)->text().compare(wanted, Qt::CaseInsensitive) == 0)
            return m_matches->item(row)->data(Qt::UserRole).toLongLong();
    }
    return std::nullopt;
}

std::optional<qint64> RecordPicker::recordId() const
{
    const int current = currentIndex();
    if (current >= 0 && itemText(current).compare(currentText(), Qt::CaseInsensitive) == 0)
        return itemData(current).isValid() ? std::optional<qint64>(itemData(current).toLongLong()) : std::nullopt;
    const int index = findText(currentText(), Qt::MatchFixedString);
    if (index >= 0)
        return itemData(index).isValid() ? std::optional<qint64>(itemData(index).toLongLong()) : std::nullopt;
    return matchFor(currentText());
}

void RecordPicker::setRecordId(std::optional<qint64> id)
{
    int index = id ? findData(*id) : 0;
    if (id && index < 0 && !m_excluded.contains(*id)) {
        // Not on the first page: read just that record.
        RecordLister one(m_lister);
        one.setSearch(QString());
        one.setFilter(one.definition().columns.at(0).key, *id);
        const QList<QVariantList> rows = one.fetch(0, 1);
        if (!rows.isEmpty()) {
            addItem(rows.first().value(m_nameColumn).toString(), *id);
            index = count() - 1;
        }
    }
    setCurrentIndex(std::max(index, 0));
}

bool RecordPicker::isAcceptable() const
{
    return currentText().trimmed().isEmpty() || findText(currentText(), Qt::MatchFixedString) >= 0 ||
           matchFor(currentText()).has_value();
}

void RecordPicker::exclude(const QList<qint64> &ids)
{
    m_excluded << ids;
    for (int index = count() - 1; index >= 0; --index) {
        if (itemData(index).isValid() && ids.contains(itemData(index).toLongLong()))
            removeItem(index);
    }
}

} // namespace AllianceDesk
