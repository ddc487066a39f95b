#include "countrycombobox.h"

#include "domain/validation.h"
#include "util/countrycatalog.h"

#include <QCollator>
#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

CountryComboBox::CountryComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    const CountryCatalog &catalog = CountryCatalog::instance();
    QList<QPair<QString, QString>> countries;
    for (const QString &alpha2 : catalog.codes())
        countries.append({catalog.displayName(alpha2), alpha2});
    // The user's own language's order (the names are in it), accents with their letter.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(countries.begin(), countries.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    addItem(QString(), QString());
    for (const auto &[name, alpha2] : countries)
        addItem(tr("%1 (%2)").arg(name, alpha2), alpha2);
    lineEdit()->setPlaceholderText(tr("Type to search…"));
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(this, &QComboBox::currentTextChanged, this, &CountryComboBox::codeChanged);
}

QString CountryComboBox::code() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return QString();
    const int index = findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return itemData(index).toString();
    return CountryCatalog::instance().lookup(text).value_or(QString());
}

bool CountryComboBox::isAcceptable() const
{
    return currentText().trimmed().isEmpty() || !code().isEmpty();
}

QString CountryComboBox::problem() const
{
    return isAcceptable() ? QString() : problemFor(currentText());
}

QString CountryComboBox::problemFor(const QString &typed)
{
    return tr("Country: %1.").arg(Validation::country(typed.trimmed()).problem);
}

void CountryComboBox::setCode(const QString &code)
{
    int index = findData(code);
    if (index < 0 && !code.isEmpty()) {
        // A code the catalog does not know (no iso-codes installed): keep it as it is.
        addItem(code, code);
        index = count() - 1;
    }
    setCurrentIndex(std::max(index, 0));
}

} // namespace AllianceDesk
