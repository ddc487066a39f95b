#pragma once

#include "listing/listdefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace AllianceDesk {

/**
 * The HTML of the detail pane for one record, read through core's repositories. Values from records are
 * always escaped (see HtmlWriter). Protected data is left out on purpose: a support group shows how many
 * participants it has but never their codes or identities, and a concern never shows its summary or its
 * confidential notes.
 */
class DetailHtml
{
    Q_DECLARE_TR_FUNCTIONS(DetailHtml)

public:
    explicit DetailHtml(QSqlDatabase db);

    /// The page for a record of the list @p kind; empty for a list that has no detail page.
    QString record(ListKind kind, qint64 id) const;

    QString network(qint64 id) const;
    QString organisation(qint64 id) const;
    QString person(qint64 id) const;
    QString membership(qint64 id) const;
    QString program(qint64 id) const;
    QString supportGroup(qint64 id) const;
    QString event(qint64 id) const;
    QString concern(qint64 id) const;

    /// A date as precise as the sources give it: "21 May 2007", "March 2007" or "2007".
    static QString date(const QDate &date, const QString &precision = QStringLiteral("day"));
    /// "March 2007 – April 2009", or "March 2015 – current" for an open period.
    static QString period(const QDate &start, const QDate &end, const QString &precision = QStringLiteral("day"));

private:
    QSqlDatabase m_db;
};

} // namespace AllianceDesk
