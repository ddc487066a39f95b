#include "placetable.h"

#include "countrycombobox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

PlaceTable::PlaceTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3))
    , m_remove(new QPushButton(tr("&Remove place")))
{
    setObjectName(u"placeTable"_s);
    m_table->setObjectName(u"places"_s);
    m_table->setHorizontalHeaderLabels({tr("Country"), tr("Province"), tr("District")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    auto *add = new QPushButton(tr("Add &place"));
    for (QPushButton *button : {add, m_remove})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->cellWidget(m_table->rowCount() - 1, 0)->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &PlaceTable::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &PlaceTable::placesChanged);
}

void PlaceTable::addRow(const ProgramPlace &place)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *country = new CountryComboBox;
    country->setCode(place.country);
    connect(country, &CountryComboBox::currentTextChanged, this, &PlaceTable::placesChanged);
    m_table->setCellWidget(row, 0, country);
    m_table->setItem(row, 1, new QTableWidgetItem(place.province));
    m_table->setItem(row, 2, new QTableWidgetItem(place.district));
    emit placesChanged();
}

void PlaceTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    emit placesChanged();
}

QList<ProgramPlace> PlaceTable::places() const
{
    QList<ProgramPlace> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ProgramPlace place;
        if (auto *country = qobject_cast<CountryComboBox *>(m_table->cellWidget(row, 0)))
            place.country = country->code();
        place.province = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        place.district = m_table->item(row, 2) ? m_table->item(row, 2)->text().trimmed() : QString();
        result << place;
    }
    return result;
}

void PlaceTable::setPlaces(const QList<ProgramPlace> &places)
{
    m_table->setRowCount(0);
    for (const ProgramPlace &place : places)
        addRow(place);
}

QString PlaceTable::unacceptableCountry() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *country = qobject_cast<CountryComboBox *>(m_table->cellWidget(row, 0));
        if (country && !country->isAcceptable())
            return country->currentText();
    }
    return QString();
}

} // namespace AllianceDesk
