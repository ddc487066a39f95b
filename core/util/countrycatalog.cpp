#include "countrycatalog.h"

#include "searchtext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <QtEndian>

#include <array>
#include <atomic>
#include <vector>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

/// The (original, translation) pairs of a GNU gettext .mo file; empty when the file is missing or malformed.
QList<QPair<QString, QString>> readMoFile(const QString &path)
{
    QList<QPair<QString, QString>> pairs;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024)
        return pairs;
    const QByteArray data = file.readAll();
    if (data.size() < 28)
        return pairs;
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const quint32 magic = qFromLittleEndian<quint32>(bytes);
    const bool little = magic == 0x950412deU;
    if (!little && qFromBigEndian<quint32>(bytes) != 0x950412deU)
        return pairs;
    const auto word = [&](qsizetype offset) -> quint32 {
        if (offset < 0 || offset + 4 > data.size())
            return 0;
        return little ? qFromLittleEndian<quint32>(bytes + offset) : qFromBigEndian<quint32>(bytes + offset);
    };
    const auto string = [&](qsizetype tableOffset) -> std::optional<QString> {
        const qsizetype length = word(tableOffset);
        const qsizetype offset = word(tableOffset + 4);
        if (offset < 0 || length < 0 || offset + length > data.size())
            return std::nullopt;
        return QString::fromUtf8(data.constData() + offset, length);
    };
    const quint32 count = word(8);
    const qsizetype originals = word(12);
    const qsizetype translations = word(16);
    if (count > 100000)
        return pairs;
    for (quint32 i = 0; i < count; ++i) {
        const auto original = string(originals + qsizetype(i) * 8);
        const auto translation = string(translations + qsizetype(i) * 8);
        if (original && translation && !original->isEmpty() && !translation->isEmpty())
            pairs.append({*original, *translation});
    }
    return pairs;
}

} // namespace

const CountryCatalog &CountryCatalog::instance()
{
    static const CountryCatalog catalog = [] {
        CountryCatalog result(u"/usr/share/iso-codes/json/iso_3166-1.json"_s);
        for (const QString &language : {u"fr"_s, u"es"_s, u"pt"_s, u"ru"_s, u"ur"_s})
            result.addTranslations(u"/usr/share/locale/%1/LC_MESSAGES/iso_3166-1.mo"_s.arg(language));
        result.addNativeNames();
        const QStringList uiLanguages = QLocale().uiLanguages();
        if (!uiLanguages.isEmpty())
            result.setDisplayLanguage(uiLanguages.constFirst().section(u'-', 0, 0));
        return result;
    }();
    return catalog;
}

CountryCatalog::CountryCatalog(const QString &jsonPath)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray countries = QJsonDocument::fromJson(file.readAll()).object().value(u"3166-1"_s).toArray();
    // Names people write that the standard spells otherwise.
    static const std::pair<const char16_t *, const char16_t *> aliases[] = {
        {u"Russia", u"RU"},        {u"Россия", u"RU"},
        {u"روس", u"RU"},           {u"UK", u"GB"},
        {u"Great Britain", u"GB"}, {u"England", u"GB"},
        {u"USA", u"US"},           {u"United States of America", u"US"},
        {u"Vietnam", u"VN"},       {u"Syria", u"SY"},
        {u"Laos", u"LA"},          {u"Czech Republic", u"CZ"},
        {u"Turkey", u"TR"},        {u"South Korea", u"KR"},
        {u"North Korea", u"KP"},   {u"Ivory Coast", u"CI"},
        {u"Swaziland", u"SZ"},     {u"Burma", u"MM"},
        {u"Macedonia", u"MK"},     {u"Palestine", u"PS"},
        {u"Kyrgyzstan", u"KG"},    {u"Киргизия", u"KG"},
        {u"Молдова", u"MD"},       {u"Беларусь", u"BY"},
    };
    for (const QJsonValue &value : countries) {
        const QJsonObject country = value.toObject();
        const QString alpha2 = country.value(u"alpha_2"_s).toString();
        m_names.insert(alpha2, country.value(u"name"_s).toString());
        m_alpha3.insert(country.value(u"alpha_3"_s).toString(), alpha2);
        for (const QString &field : {u"name"_s, u"official_name"_s, u"common_name"_s}) {
            const QString name = country.value(field).toString();
            if (!name.isEmpty()) {
                m_englishToCode.insert(name, alpha2);
                addName(name, alpha2);
            }
        }
    }
    for (const auto &[alias, code] : aliases)
        addName(QString::fromUtf16(alias), QString::fromUtf16(code));
}

void CountryCatalog::addName(const QString &name, const QString &alpha2)
{
    // "Iran, Islamic Republic of" is written "Iran": the part before the comma names it too. When that part is
    // another country's name or part ("Congo" and "Congo, The Democratic Republic of the"; "Korea, Republic of" and
    // "Korea, Democratic People's Republic of"), it names either: it is ambiguous, and lookup() never picks one.
    if (const qsizetype comma = name.indexOf(u", "_s); comma > 0) {
        const QString prefix = lookupKey(name.left(comma));
        if (const auto other = m_lookup.constFind(prefix); other != m_lookup.constEnd() && *other != alpha2)
            makeAmbiguous(prefix, alpha2);
        else if (m_ambiguous.contains(prefix))
            makeAmbiguous(prefix, alpha2);
        else if (!m_lookup.contains(prefix)) {
            m_prefixes.insert(prefix, alpha2);
            m_lookup.insert(prefix, alpha2);
        }
    }
    const QString key = lookupKey(name);
    if (key.isEmpty())
        return;
    if (m_ambiguous.contains(key)) {
        makeAmbiguous(key, alpha2);
        return;
    }
    // A name that is another country's name-before-the-comma is ambiguous; otherwise the first name wins: English
    // names are read first, so a translation never takes an English name over.
    if (const auto prefixOf = m_prefixes.constFind(key); prefixOf != m_prefixes.constEnd() && *prefixOf != alpha2)
        makeAmbiguous(key, alpha2);
    else if (!m_lookup.contains(key))
        m_lookup.insert(key, alpha2);
}

void CountryCatalog::makeAmbiguous(const QString &key, const QString &alpha2)
{
    QStringList &candidates = m_ambiguous[key];
    if (const auto known = m_lookup.constFind(key); known != m_lookup.constEnd() && !candidates.contains(*known))
        candidates.append(*known);
    if (!candidates.contains(alpha2))
        candidates.append(alpha2);
    candidates.sort();
    m_lookup.remove(key);
}

void CountryCatalog::addNativeNames()
{
    // Each country's name in its own languages, as Unicode's CLDR (through Qt) writes them: "საქართველო",
    // "Кыргызстан", "भारत". They come after every other name, so they only fill gaps.
    const QList<QLocale> locales =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &locale : locales) {
        const QString code = QLocale::territoryToCode(locale.territory());
        if (m_names.contains(code))
            addName(locale.nativeTerritoryName(), code);
    }
}

QString CountryCatalog::displayName(const QString &alpha2) const
{
    const auto translated = m_displayNames.constFind(alpha2);
    return translated != m_displayNames.constEnd() ? *translated : name(alpha2);
}

void CountryCatalog::setDisplayLanguage(const QString &language)
{
    m_displayNames.clear();
    if (language.isEmpty() || language == u"en"_s || language == u"C"_s)
        return;
    // Debian names its folders by language, sometimes with a territory (pt_BR); the plain language comes first.
    for (const QString &folder : {language, QLocale(language).name()}) {
        const QString path = u"/usr/share/locale/%1/LC_MESSAGES/iso_3166-1.mo"_s.arg(folder);
        if (!QFile::exists(path))
            continue;
        for (const auto &[original, translation] : readMoFile(path)) {
            const auto code = m_englishToCode.constFind(original);
            if (code == m_englishToCode.constEnd() || m_names.value(*code) != original)
                continue; // only the short names are shown
            m_displayNames.insert(*code, translation);
            addName(translation, *code);
        }
        return;
    }
}

int CountryCatalog::addTranslations(const QString &moPath)
{
    int added = 0;
    for (const auto &[original, translation] : readMoFile(moPath)) {
        const auto code = m_englishToCode.constFind(original);
        if (code == m_englishToCode.constEnd())
            continue;
        addName(translation, *code);
        ++added;
    }
    return added;
}

namespace {

/// Urdu and Persian write some letters with other code points than Arabic does, and Arabic keyboards and
/// Windows-1256 files produce the Arabic ones: "پاكستان" (Arabic kaf) is "پاکستان". Keys use the Urdu letter.
char16_t unifiedArabicLetter(char16_t c)
{
    switch (c) {
    case u'\u0643':       // ARABIC LETTER KAF
        return u'\u06A9'; // KEHEH
    case u'\u064A':       // ARABIC LETTER YEH
    case u'\u0649':       // ALEF MAKSURA
        return u'\u06CC'; // FARSI YEH
    case u'\u0647':       // ARABIC LETTER HEH
        return u'\u06C1'; // HEH GOAL
    case u'\u0629':       // TEH MARBUTA
        return u'\u06C3'; // TEH MARBUTA GOAL
    default:
        return c;
    }
}

/// The key of each BMP character (up to 3 UTF-16 units): folding a name a character at a time gives the same
/// result as folding it whole once marks and punctuation are dropped, and is much faster. Each character's key is
/// computed the first time it is met (a whole table costs a tenth of a second); entries are atomic because imports
/// fold names on worker threads. An entry packs three units in bits 0-47 and "computed" in bit 63.
class KeyTable
{
public:
    std::array<char16_t, 3> keyOf(char16_t c)
    {
        std::atomic<quint64> &entry = m_entries[c];
        quint64 packed = entry.load(std::memory_order_relaxed);
        if (!(packed & computed)) {
            packed = computed;
            int length = 0;
            if (!QChar::isSurrogate(c)) {
                for (const QChar folded : foldForSearch(QString(QChar(c)))) {
                    if (folded.isLetterOrNumber() && length < 3)
                        packed |= quint64(unifiedArabicLetter(folded.unicode())) << (16 * length++);
                }
            }
            entry.store(packed, std::memory_order_relaxed);
        }
        return {char16_t(packed & 0xffff), char16_t((packed >> 16) & 0xffff), char16_t((packed >> 32) & 0xffff)};
    }

private:
    static constexpr quint64 computed = quint64(1) << 63;
    std::vector<std::atomic<quint64>> m_entries = std::vector<std::atomic<quint64>>(0x10000);
};

} // namespace

QString CountryCatalog::lookupKey(const QString &text)
{
    static KeyTable table;
    QString key;
    key.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                key.append(QChar(c));
            else if (c >= u'A' && c <= u'Z')
                key.append(QChar(char16_t(c + 32)));
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < size) {
            for (const QChar folded : foldForSearch(text.mid(i, 2))) {
                if (folded.isLetterOrNumber())
                    key.append(folded);
            }
            ++i;
            continue;
        }
        for (const char16_t unit : table.keyOf(c)) {
            if (!unit)
                break;
            key.append(QChar(unit));
        }
    }
    return key;
}

std::optional<QString> CountryCatalog::lookup(const QString &text) const
{
    const QStringList codes = candidates(text);
    return codes.size() == 1 ? std::optional<QString>(codes.first()) : std::nullopt;
}

QStringList CountryCatalog::candidates(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 2 && trimmed.at(0).unicode() < 128 && trimmed.at(1).unicode() < 128) {
        const QString upper = trimmed.toUpper();
        if (m_names.contains(upper))
            return {upper};
    }
    if (trimmed.size() == 3 && trimmed.at(0).unicode() < 128) {
        const auto code = m_alpha3.constFind(trimmed.toUpper());
        if (code != m_alpha3.constEnd())
            return {*code};
    }
    const QString key = lookupKey(trimmed);
    if (const auto code = m_lookup.constFind(key); code != m_lookup.constEnd())
        return {*code};
    return m_ambiguous.value(key);
}

QStringList CountryCatalog::countriesOfCity(const QString &city) const
{
    // tzdata names a zone after a city of its country ("Africa/Brazzaville", "Asia/Seoul"): the cities a partner's
    // file most often gives for the countries whose names are ambiguous. Read once.
    static const QHash<QString, QStringList> cities = [] {
        QHash<QString, QStringList> result;
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            const QTimeZone zone(id);
            const QString code = QLocale::territoryToCode(zone.territory());
            const QString name = QString::fromLatin1(id).section(u'/', -1).replace(u'_', u' ');
            QStringList &codes = result[lookupKey(name)];
            if (!code.isEmpty() && !codes.contains(code))
                codes.append(code);
        }
        return result;
    }();
    return cities.value(lookupKey(city));
}

bool CountryCatalog::isValid(const QString &alpha2) const
{
    if (alpha2.size() != 2 || alpha2 != alpha2.toUpper())
        return false;
    return m_names.isEmpty() ? alpha2.at(0).isLetter() && alpha2.at(1).isLetter() : m_names.contains(alpha2);
}

QString CountryCatalog::distinctName(const QString &alpha2)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(alpha2);
    const QString name =
        territory != QLocale::AnyTerritory ? QLocale::territoryToString(territory) : instance().name(alpha2);
    return u"%1 (%2)"_s.arg(name, alpha2);
}

QString CountryCatalog::name(const QString &alpha2) const
{
    return m_names.value(alpha2, alpha2);
}

} // namespace AllianceDesk
