#pragma once

#include "domain/program.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace AllianceDesk {

/// Where a program works: rows of country (chosen from the ISO list), province and district; Add and Remove.
class PlaceTable : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceTable(QWidget *parent = nullptr);

    QList<ProgramPlace> places() const;
    void setPlaces(const QList<ProgramPlace> &places);
    /// The text of the first country cell that names no country; empty when all are acceptable.
    QString unacceptableCountry() const;
    QTableWidget *table() const { return m_table; }
    void addRow(const ProgramPlace &place = ProgramPlace());
    void removeCurrentRow();

signals:
    void placesChanged();

private:
    QTableWidget *m_table;
    QPushButton *m_remove;
};

} // namespace AllianceDesk
