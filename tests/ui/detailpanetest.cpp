#include "detailpane.h"
#include "detailhtml.h"
#include "testdatabase.h"

#include "domain/vocabulary.h"
#include "listing/recordlister.h"
#include "storage/concernrepository.h"
#include "storage/membershiprepository.h"
#include "storage/organisationrepository.h"
#include "storage/supportgrouprepository.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QSqlQuery>

using namespace AllianceDesk;
using namespace Qt::StringLiterals;

namespace {

QList<qint64> ids(const QSqlDatabase &db, ListKind kind)
{
    QList<qint64> result;
    for (const QVariantList &row : RecordLister(db, kind).fetchAll())
        result << row.value(0).toLongLong();
    return result;
}

} // namespace

TEST_CASE("The detail pane shows names that look like markup literally", "[ui][detail]")
{
    Test::TestDatabase database(false);
    Organisation organisation;
    organisation.name = u"<b>Bold</b> & =cmd"_s;
    organisation.nativeName = u"<script>alert('x')</script> روزن"_s;
    organisation.country = u"PK"_s;
    organisation.notes = u"<a href=\"http://evil.example\">click</a>"_s;
    const qint64 id = OrganisationRepository(database.connection()).add(organisation);

    DetailPane pane;
    pane.setDatabase(database.connection());
    pane.showRecord(ListKind::Organisations, id);
    const QString text = pane.toPlainText();
    CHECK(text.contains(u"<b>Bold</b> & =cmd"_s));
    CHECK(text.contains(u"<script>alert('x')</script> روزن"_s));
    CHECK(text.contains(u"<a href=\"http://evil.example\">click</a>"_s));
    CHECK_FALSE(pane.toHtml().contains(u"<b>Bold"_s));
    CHECK(DetailHtml(database.connection()).organisation(id).contains(u"&lt;b&gt;Bold&lt;/b&gt; &amp; =cmd"_s));
}

TEST_CASE("A support group's detail shows how many participants, never who", "[ui][detail][privacy]")
{
    Test::TestDatabase database(true);
    const QSqlDatabase db = database.connection();
    const QList<qint64> groups = ids(db, ListKind::SupportGroups);
    REQUIRE(groups.size() == 180);

    DetailPane pane;
    pane.setDatabase(db);
    SupportGroupRepository repository(db);
    for (qint64 id : {groups.first(), groups.at(90), groups.last()}) {
        // The participants are there, with codes, so the check below means something.
        QSqlQuery query(db);
        REQUIRE(query.exec(u"SELECT code FROM participants WHERE support_group_id = %1"_s.arg(id)));
        QStringList codes;
        while (query.next())
            codes << query.value(0).toString();
        REQUIRE_FALSE(codes.isEmpty());
        REQUIRE(codes.first().startsWith(u"MOVE-"_s));

        pane.showRecord(ListKind::SupportGroups, id);
        const QString text = pane.toPlainText();
        CHECK(text.contains(repository.get(id).name));
        CHECK_FALSE(text.contains(u"MOVE-"_s));
        CHECK_FALSE(pane.toHtml().contains(u"MOVE-"_s));
        for (const QString &code : codes)
            CHECK_FALSE(text.contains(code));
        CHECK(text.contains(u"Participants"_s));
        CHECK(text.contains(QString::number(codes.size())));
        // Meetings are listed with their topics.
        for (const Meeting &meeting : repository.meetings(id))
            CHECK(text.contains(meeting.topic));
    }
}

TEST_CASE("A concern's detail never shows its confidential notes", "[ui][detail][privacy]")
{
    Test::TestDatabase database(true);
    const QSqlDatabase db = database.connection();
    const QList<qint64> concerns = ids(db, ListKind::Concerns);
    REQUIRE(concerns.size() == 3);

    DetailPane pane;
    pane.setDatabase(db);
    ConcernRepository repository(db);
    for (qint64 id : concerns) {
        const Concern concern = repository.get(id);
        REQUIRE_FALSE(concern.confidentialNotes.isEmpty());
        pane.showRecord(ListKind::Concerns, id);
        const QString text = pane.toPlainText();
        CHECK_FALSE(text.contains(concern.confidentialNotes));
        CHECK_FALSE(pane.toHtml().contains(concern.confidentialNotes.toHtmlEscaped()));
        CHECK_FALSE(text.contains(concern.summary));
        CHECK(text.contains(OrganisationRepository(db).get(concern.organisationId).name));
        CHECK(text.contains(Vocabulary::label(Vocabulary::Kind::ConcernCategory, concern.category)));
        CHECK(text.contains(Vocabulary::label(Vocabulary::Kind::ConcernStatus, concern.status)));
        CHECK(text.contains(DetailHtml::date(concern.received)));
    }
}

TEST_CASE("A membership's detail shows its status history", "[ui][detail]")
{
    Test::TestDatabase database(true);
    const QSqlDatabase db = database.connection();
    DetailPane pane;
    pane.setDatabase(db);
    MembershipRepository repository(db);
    int withHistory = 0;
    for (qint64 id : ids(db, ListKind::Memberships)) {
        const Membership membership = repository.get(id);
        pane.showRecord(ListKind::Memberships, id);
        const QString text = pane.toPlainText();
        CHECK(text.contains(membership.organisationName));
        CHECK(text.contains(membership.networkName));
        for (const MembershipStatusChange &change : membership.history) {
            CHECK(text.contains(DetailHtml::date(change.effectiveDate)));
            CHECK(text.contains(change.reason));
        }
        if (membership.history.size() > 1)
            ++withHistory;
    }
    CHECK(withHistory > 0);
}

TEST_CASE("Periods are written as precisely as the sources date them", "[ui][detail]")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(DetailHtml::period(QDate(2007, 3, 1), QDate(2009, 4, 30), u"month"_s) == u"March 2007 – April 2009"_s);
    CHECK(DetailHtml::period(QDate(2015, 1, 1), QDate(), u"month"_s) == u"January 2015 – current"_s);
    CHECK(DetailHtml::period(QDate(2004, 1, 1), QDate(2006, 12, 31), u"year"_s) == u"2004 – 2006"_s);
    // A whole date in the one form every list uses too: the locale's, the year in full (en_GB: day/month/year).
    CHECK(DetailHtml::date(QDate(2007, 5, 21)) == u"21/05/2007"_s);
    QLocale::setDefault(previous);
}
