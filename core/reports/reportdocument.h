#pragma once

#include "reportparameters.h"
#include "reporttable.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace AllianceDesk {

/**
 * What a report says, before it is laid out on pages: its title and parameters, and a sequence of headings,
 * paragraphs and tables of literal text. The data hash fingerprints the records it was made from, so the same
 * report can be made again later and compared.
 */
class ReportDocument
{
public:
    struct Block
    {
        enum class Kind
        {
            Heading,
            Paragraph,
            Table,
        };
        Kind kind = Kind::Paragraph;
        QString text;
        ReportTable table;
    };

    QString title;
    QString allianceName;
    ReportParameters parameters;
    QStringList parameterLines;
    QDateTime made;
    QByteArray dataHash; ///< SHA-256 of the data, hexadecimal

    void addHeading(const QString &text) { m_blocks.append(Block{Block::Kind::Heading, text, {}}); }
    void addParagraph(const QString &text) { m_blocks.append(Block{Block::Kind::Paragraph, text, {}}); }
    void addTable(ReportTable table) { m_blocks.append(Block{Block::Kind::Table, {}, std::move(table)}); }
    /// A two-column table of "label: value" pairs without a header row.
    void addFields(const QList<QPair<QString, QString>> &fields);

    const QList<Block> &blocks() const { return m_blocks; }
    /// Every data row of every table (for progress).
    qsizetype rowCount() const;

private:
    QList<Block> m_blocks;
};

} // namespace AllianceDesk
