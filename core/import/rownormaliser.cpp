#include "rownormaliser.h"

#include "domain/validation.h"
#include "domain/vocabulary.h"
#include "util/countrycatalog.h"
#include "valuenormaliser.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RowNormaliser", text);
}

/// Synonyms partners write for the codes of the closed lists.
const QHash<QString, QString> &extraSynonyms()
{
    static const QHash<QString, QString> synonyms = {
        {u"cso"_s, u"ngo"_s},
        {u"ong"_s, u"ngo"_s},
        {u"нко"_s, u"ngo"_s},
        {u"нпо"_s, u"ngo"_s},
        {u"ingo"_s, u"ingo"_s},
        {u"un"_s, u"un_agency"_s},
        {u"onu"_s, u"un_agency"_s},
        {u"oon"_s, u"un_agency"_s},
        {u"university"_s, u"academic"_s},
        {u"member"_s, u"member"_s},
        {u"membre"_s, u"member"_s},
        {u"miembro"_s, u"member"_s},
        {u"membro"_s, u"member"_s},
        {u"член"_s, u"member"_s},
        {u"رکن"_s, u"member"_s},
        {u"actif"_s, u"active"_s},
        {u"activo"_s, u"active"_s},
        {u"ativo"_s, u"active"_s},
        {u"активный"_s, u"active"_s},
        {u"активен"_s, u"active"_s},
        {u"فعال"_s, u"active"_s},
        {u"candidat"_s, u"applicant"_s},
        {u"solicitante"_s, u"applicant"_s},
        {u"кандидат"_s, u"applicant"_s},
        {u"suspendu"_s, u"suspended"_s},
        {u"suspendido"_s, u"suspended"_s},
        {u"retiré"_s, u"withdrawn"_s},
    };
    return synonyms;
}

/// True when @p value is written YYYY-MM-DD: one that is no date is told in Validation's words.
bool looksIso(const QString &value)
{
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return iso.match(value).hasMatch();
}

} // namespace

QString RowNormaliser::vocabularyCode(int vocabularyKind, const QString &value)
{
    // Built once per list: labels are looked up for every row of big files.
    static QHash<int, QHash<QString, QString>> tables;
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    auto table = tables.find(vocabularyKind);
    if (table == tables.end()) {
        const auto kind = Vocabulary::Kind(vocabularyKind);
        QHash<QString, QString> codes;
        for (const QString &code : Vocabulary::codes(kind)) {
            codes.insert(CountryCatalog::lookupKey(code), code);
            codes.insert(CountryCatalog::lookupKey(Vocabulary::label(kind, code)), code);
        }
        for (auto it = extraSynonyms().cbegin(); it != extraSynonyms().cend(); ++it) {
            if (Vocabulary::isValid(kind, it.value()))
                codes.insert(CountryCatalog::lookupKey(it.key()), it.value());
        }
        table = tables.insert(vocabularyKind, codes);
    }
    return table->value(CountryCatalog::lookupKey(value));
}

RowNormaliser::RowNormaliser(ImportKind kind, ColumnMapping mapping, int headerWidth, DateOrder order)
    : m_kind(kind)
    , m_mapping(std::move(mapping))
    , m_headerWidth(headerWidth)
    , m_order(order)
{
    m_columns.fill(-1);
    for (qsizetype column = 0; column < m_mapping.size(); ++column) {
        if (m_mapping.at(column))
            m_columns[size_t(*m_mapping.at(column))] = int(column);
    }
}

void RowNormaliser::setCountryChoices(const QHash<QString, QString> &choices)
{
    m_countryChoices.clear();
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        m_countryChoices.insert(CountryCatalog::lookupKey(it.key()), it.value().trimmed().toUpper());
}

QList<RowProblem> RowNormaliser::normalise(const CsvRecord &record, NormalisedRow &row) const
{
    QList<RowProblem> problems;
    row.line = record.line;
    row.rawFields = record.fields;
    row.focusAreas.clear();
    row.date = QDate();
    row.joined = QDate();
    row.attendance = 0;
    row.unverified.clear();
    row.countryCandidates.clear();
    row.countryChosen = false;
    for (QString &value : row.values)
        value.clear();

    const auto problem = [&](ImportField field, const QString &reason) {
        problems.append({record.line, columnOf(field), reason});
    };

    if (record.fields.size() > m_headerWidth) {
        bool extraText = false;
        for (qsizetype i = m_headerWidth; i < record.fields.size(); ++i)
            extraText = extraText || !record.fields.at(i).trimmed().isEmpty();
        if (extraText)
            problems.append({record.line, m_headerWidth + 1,
                             tr("the row has %1 values but the header has %2 columns (a delimiter inside a value "
                                "that is not quoted?)")
                                 .arg(record.fields.size())
                                 .arg(m_headerWidth)});
    }
    for (size_t field = 0; field < m_columns.size(); ++field) {
        const int column = m_columns[field];
        if (column >= 0 && column < record.fields.size())
            row.values[field] = ValueNormaliser::text(record.fields.at(column));
    }

    using F = ImportField;
    if (!row.has(F::Name) && (row.has(F::FirstName) || row.has(F::LastName)))
        row.values[size_t(F::Name)] = QString(row.value(F::FirstName) + u' ' + row.value(F::LastName)).trimmed();
    for (ImportField field : ImportFields::forKind(m_kind)) {
        if (!ImportFields::isRequired(m_kind, field) || row.has(field))
            continue;
        if (!isMapped(field) && !(field == F::Name && (isMapped(F::FirstName) || isMapped(F::LastName))))
            problems.append({record.line, 0, tr("no column gives the %1").arg(ImportFields::label(field).toLower())});
        else
            problem(field, tr("the %1 is empty").arg(ImportFields::label(field).toLower()));
    }

    if (row.has(F::Country)) {
        const ValueNormaliser::CountryReading country =
            ValueNormaliser::country(row.value(F::Country), row.value(F::Phone), row.value(F::City));
        if (!country.code.isEmpty()) {
            row.values[size_t(F::Country)] = country.code;
        } else if (!country.ambiguous.isEmpty()) {
            const QString chosen = m_countryChoices.value(CountryCatalog::lookupKey(row.value(F::Country)));
            QStringList named;
            for (const QString &code : country.ambiguous)
                named << CountryCatalog::distinctName(code);
            if (country.ambiguous.contains(chosen)) {
                row.values[size_t(F::Country)] = chosen;
                row.countryChosen = true;
            } else if (!chosen.isEmpty()) {
                problem(F::Country, tr("“%1” may be %2; the country chosen for it, %3, is neither")
                                        .arg(row.value(F::Country), named.join(tr(" or ")), chosen));
            } else {
                row.countryCandidates = country.ambiguous;
                problem(F::Country, tr("“%1” may be %2, and the rest of the row does not say which: write the "
                                       "country's code, or a phone number with its country code, or choose the "
                                       "country for this name")
                                        .arg(row.value(F::Country), named.join(tr(" or "))));
            }
        } else {
            problem(F::Country, Validation::country(row.value(F::Country)).problem);
        }
    }
    // Phones and emails: kept as written when they cannot be verified; refused only when they cannot mean anything.
    const auto readContact = [&](ImportField field, const Verdict &verdict) {
        if (verdict.kind == Verdict::Kind::Invalid) {
            problem(field, verdict.problem);
            return;
        }
        row.values[size_t(field)] = verdict.stored;
        if (verdict.kind == Verdict::Kind::Unverified)
            row.unverified.append(
                {record.line, columnOf(field), ImportFields::code(field), verdict.stored, verdict.problem});
    };
    if (row.has(F::Email))
        readContact(F::Email, Validation::email(row.value(F::Email)));
    if (row.has(F::Phone)) {
        const QString country = row.value(F::Country).size() == 2 ? row.value(F::Country) : QString();
        readContact(F::Phone, Validation::phone(row.value(F::Phone), country));
    }
    if (row.unverified.size() > 1)
        std::sort(row.unverified.begin(), row.unverified.end(),
                  [](const UnverifiedValue &a, const UnverifiedValue &b) { return a.column < b.column; });
    const auto readCode = [&](ImportField field, Vocabulary::Kind kind) {
        if (!row.has(field))
            return;
        const QString code = vocabularyCode(int(kind), row.value(field));
        if (code.isEmpty())
            problem(field, Validation::code(kind, row.value(field)).problem);
        else
            row.values[size_t(field)] = code;
    };
    readCode(F::Type, Vocabulary::Kind::OrganisationType);
    readCode(F::MembershipStatus, Vocabulary::Kind::MembershipStatus);
    readCode(F::MembershipRole, Vocabulary::Kind::MembershipRole);
    if (row.has(F::FocusAreas)) {
        for (const QString &area :
             row.value(F::FocusAreas).split(QRegularExpression(u"\\s*[;,|]\\s*"_s), Qt::SkipEmptyParts)) {
            const QString code = vocabularyCode(int(Vocabulary::Kind::FocusArea), area);
            if (code.isEmpty())
                problem(F::FocusAreas, Validation::code(Vocabulary::Kind::FocusArea, area).problem);
            else if (!row.focusAreas.contains(code))
                row.focusAreas.append(code);
        }
    }
    const auto readDate = [&](ImportField field, QDate &target) {
        if (!row.has(field))
            return;
        const ValueNormaliser::DateReading reading = ValueNormaliser::date(row.value(field), m_order);
        if (reading.ambiguous && !reading.valid)
            problem(field, tr("the date “%1” could be read day first or month first, and the file never says "
                              "which; choose the date order")
                               .arg(row.value(field)));
        else if (!reading.valid && looksIso(row.value(field)))
            // a day the calendar does not have, in the words `check` uses for a stored one
            problem(field, Validation::isoDate(row.value(field)).problem);
        else if (!reading.valid)
            problem(field, tr("“%1” is not a date (expected YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY in the file’s "
                              "order)")
                               .arg(row.value(field)));
        else
            target = reading.date;
    };
    readDate(F::Date, row.date);
    readDate(F::Joined, row.joined);
    if (row.has(F::Attendance)) {
        bool ok = false;
        row.attendance = row.value(F::Attendance).toLongLong(&ok);
        if (!ok || row.attendance < 0 || row.attendance > 1000000)
            problem(F::Attendance, tr("“%1” is not a number of people").arg(row.value(F::Attendance)));
    }
    return problems;
}

} // namespace AllianceDesk
