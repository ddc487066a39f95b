#pragma once

#include "listing/listdefinition.h"
#include "listing/recordlister.h"

#include <QComboBox>
#include <QSqlDatabase>

#include <optional>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace AllianceDesk {

/**
 * Chooses one record of a list (an organisation, a network...) by name; type to search any part of the name.
 * It never loads the whole list: the drop-down holds the first page, and each keystroke asks RecordLister for the
 * first 50 matches (searched in SQL), shown in a popup — fast on 100,000 records.
 */
class RecordPicker : public QComboBox
{
    Q_OBJECT

public:
    /// How many matches the popup lists.
    static constexpr int MatchLimit = 50;
    /// Searches shorter than this many characters cannot use the trigram index and scan the list: they wait until
    /// the user pauses (ShortSearchDelay ms), so that typing on does not wait for them.
    static constexpr int IndexedLength = 3;
    static constexpr int ShortSearchDelay = 300;

    /// @p noneText, when given, is the first entry and means "none".
    RecordPicker(QSqlDatabase db, ListKind kind, const QString &noneText = QString(), QWidget *parent = nullptr);

    std::optional<qint64> recordId() const;
    void setRecordId(std::optional<qint64> id);
    /// False when the text typed names no record of the list.
    bool isAcceptable() const;
    /// Removes the records @p ids (a network and its descendants, from its parent choice).
    void exclude(const QList<qint64> &ids);
    /// The name of record @p id of @p kind (empty when there is none).
    static QString recordName(QSqlDatabase db, ListKind kind, qint64 id);
    /// The names the popup lists for the text typed last.
    QStringList matches() const;

signals:
    void recordChanged();

private:
    void textEdited(const QString &text);
    void search(const QString &text);
    void choose(qint64 id, const QString &name);
    std::optional<qint64> matchFor(const QString &text) const;

    RecordLister m_lister;
    int m_nameColumn;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
    QTimer *m_shortSearch;
    QList<qint64> m_excluded;
};

} // namespace AllianceDesk
