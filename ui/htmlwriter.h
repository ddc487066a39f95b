#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace AllianceDesk {

/**
 * Builds the HTML of the detail pane. Every text given to it is escaped, so a value that looks like markup
 * (an organisation called "<b>Bold</b>") is shown literally; only the writer itself produces tags.
 */
class HtmlWriter
{
public:
    /// @p text escaped and marked dir="auto", so a right-to-left name lays out on its own.
    static QString text(const QString &text);

    void title(const QString &name, const QString &nativeName = {});
    void heading(const QString &text);
    void paragraph(const QString &text);
    /// A muted remark such as "None recorded."
    void note(const QString &text);
    /// A label and a value on one line; skipped when @p value is empty.
    void field(const QString &label, const QString &value);
    void field(const QString &label, const QStringList &values) { field(label, values.join(u", ")); }
    void list(const QStringList &items);
    /// A table with a header row; every cell is escaped.
    void table(const QStringList &headers, const QList<QStringList> &rows);

    QString html() const;

private:
    void closeFields();
    QString m_body;
    bool m_inFields = false;
};

} // namespace AllianceDesk
