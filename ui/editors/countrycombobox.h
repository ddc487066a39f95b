#pragma once

#include <QComboBox>

namespace AllianceDesk {

/**
 * An ISO 3166-1 country chosen from CountryCatalog (iso-codes): type to search by any part of the name, or by a
 * code, or a name in one of the catalog's translations. The first entry means "no country".
 */
class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget *parent = nullptr);

    /// The alpha-2 code chosen or typed; empty for none or for text that names no country (see isAcceptable()).
    QString code() const;
    void setCode(const QString &code);
    /// False when the text typed names no country.
    bool isAcceptable() const;
    /// Why the text typed is no country, in Validation's words ("Country: “Atlantis” is not a country (…)."); empty
    /// when it is acceptable.
    QString problem() const;
    /// problem() for a country's text typed in a box now gone (a cell of a table).
    static QString problemFor(const QString &typed);

signals:
    void codeChanged();
};

} // namespace AllianceDesk
