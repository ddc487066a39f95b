#include "reportdocument.h"

namespace AllianceDesk {

void ReportDocument::addFields(const QList<QPair<QString, QString>> &fields)
{
    ReportTable table;
    table.showHeader = false;
    table.keepTogether = true;
    table.columns = {ReportTable::Column{{}, 1, false}, ReportTable::Column{{}, 3, false}};
    for (const auto &field : fields)
        table.addRow({field.first, field.second});
    addTable(std::move(table));
}

qsizetype ReportDocument::rowCount() const
{
    qsizetype count = 0;
    for (const Block &block : m_blocks)
        count += block.kind == Block::Kind::Table ? block.table.rows.size() : 1;
    return count;
}

} // namespace AllianceDesk
