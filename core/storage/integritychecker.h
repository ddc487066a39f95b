#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace AllianceDesk {

/// One broken rule found in a database, in words: which record, which rule, and which field when it is one value.
struct IntegrityProblem
{
    QString record;
    QString rule;
    QString field = {}; ///< the field whose stored value breaks the rule ("email"), empty for a rule over records
};

/**
 * Checks a whole database: SQLite's own integrity and foreign keys, then every rule of the alliance model
 * (no cycle in the network tree, secretariat terms that neither overlap nor have two current hosts, dates in
 * order, counts not negative, memberships with a history) and every stored value judged by Validation, the rules
 * forms, the import and the repositories apply (emails, phones for the record's country, ISO dates, codes of the
 * closed lists, country codes, names) — rules another tool writing to the file might have broken.
 */
class IntegrityChecker
{
public:
    explicit IntegrityChecker(QSqlDatabase db);
    QList<IntegrityProblem> run() const;
    /// Values kept as written because they could not be verified (a phone number libphonenumber does not know, an
    /// email that does not look like one address): warnings, not broken rules — what the list filter word
    /// "is:unverified" finds.
    QList<IntegrityProblem> warnings() const;

private:
    void checkStorage(QList<IntegrityProblem> &problems) const;
    void checkNetworkTree(QList<IntegrityProblem> &problems) const;
    void checkQueries(QList<IntegrityProblem> &problems) const;
    void checkStoredValues(QList<IntegrityProblem> &problems) const;
    void checkDateOrder(QList<IntegrityProblem> &problems) const;
    /// Phones and emails: those refused by the rule go to @p problems, those kept as written to @p warnings.
    void checkContacts(QList<IntegrityProblem> *problems, QList<IntegrityProblem> *warnings) const;
    QString describeRow(const QString &table, const QString &rowId) const;
    QSqlDatabase m_db;
};

} // namespace AllianceDesk
