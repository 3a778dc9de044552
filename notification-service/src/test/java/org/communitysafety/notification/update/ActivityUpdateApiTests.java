package org.communitysafety.notification.update;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.communitysafety.notification.Groups;
import org.communitysafety.notification.Groups.Seat;
import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.activity.CommunitySafetyActivity;
import org.communitysafety.notification.alert.Notices;
import org.communitysafety.notification.member.MemberRepository;
import org.communitysafety.notification.partnership.Partnerships;
import org.communitysafety.notification.recipient.Recipients;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A group's next update on demand, and the updates sent, read back as they were sent:
 * administrators only, like the delivery log; bad input answered with problems.
 */
@NotificationServiceTest
class ActivityUpdateApiTests {

    private static final String COUNTY_COUNCIL = "northamptonshire-county-council";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AggregateStore store;

    @Autowired
    Partnerships partnerships;

    @Autowired
    MemberRepository memberRepository;

    @Autowired
    CommunitySafetyActivity activity;

    @Autowired
    Recipients recipients;

    @Autowired
    Notices notices;

    private ApiClient anonymous;

    private ApiClient administrator;

    private final ReportingPeriod period = ReportingPeriod.containing(Period.ofMonths(6),
            UkCalendar.today(Clock.systemUTC()));

    @BeforeEach
    void setUp() {
        anonymous = ApiClient.at("http://127.0.0.1:" + port);
        administrator = anonymous.withToken(TestTokens.shared().forOrganisation(COUNTY_COUNCIL, "ADMINISTRATOR"));
    }

    @Test
    void previewsAGroupsNextUpdateWithoutSendingOrStoringIt() {
        Groups groups = new Groups(partnerships, memberRepository);
        String county = groups.form("COUNTY_STRATEGY_GROUP", "County Chief Executives", "P6M");
        groups.appoint(county, "northamptonshire-police", "MEMBER");
        groups.appoint(county, COUNTY_COUNCIL, "CHAIR");
        ActivityEvents.priorityAdopted(county, "Child sexual exploitation", "COUNTYWIDE");
        await().atMost(Duration.ofSeconds(30))
            .until(() -> administrator.get("/api/v1/six-monthly-updates/previews/" + county).body(),
                    body -> body.contains("Child sexual exploitation"));

        ApiClient.Response preview = administrator.get("/api/v1/six-monthly-updates/previews/" + county);

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonNode json = preview.json();
        assertThat(json.get("groupName").asString()).isEqualTo("County Chief Executives");
        assertThat(json.get("periodStart").asString()).isEqualTo(period.first().toString());
        assertThat(json.get("dueOn").asString()).isEqualTo(period.dueOn().toString());
        assertThat(json.get("members").asInt()).isEqualTo(2);
        assertThat(json.get("subject").asString()).startsWith("Update on community safety activity")
            .endsWith("(County Chief Executives)");
        assertThat(json.get("text").asString()).contains("* Child sexual exploitation (countywide): No reading yet");
        assertThat(json.get("activity").get("priorities").findValuesAsString("title"))
            .contains("Child sexual exploitation");
        assertThat(administrator.get("/api/v1/six-monthly-updates?partnershipId=" + county)
            .json()
            .get("totalItems")
            .asLong()).as("a preview is not stored").isZero();
    }

    @Test
    void readsTheUpdatesSentAsTheyWereSentWithTheirHistory() {
        Groups groups = new Groups(partnerships, memberRepository);
        String county = groups.form("COUNTY_STRATEGY_GROUP", "County Chief Executives", "P6M");
        groups.appoint(county, "northamptonshire-police", "MEMBER");
        Clock dueDay = Clock.fixed(period.dueOn().atStartOfDay(UkCalendar.ZONE).toInstant(), ZoneOffset.UTC);
        new ActivityUpdates(mongo, store, partnerships, activity, recipients, notices, dueDay).sendDue();
        String id = county + "_" + period.first();

        JsonNode list = administrator.get("/api/v1/six-monthly-updates?partnershipId=" + county).json();
        ApiClient.Response one = administrator.get("/api/v1/six-monthly-updates/" + id);
        JsonNode history = administrator.get("/api/v1/six-monthly-updates/" + id + "/history").json();

        assertThat(list.get("totalItems").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.header("ETag")).contains("\"" + one.json().get("version").asLong() + "\"");
        assertThat(one.json().get("state").asString()).isEqualTo("MAILED");
        assertThat(one.json().get("members").asInt()).isEqualTo(1);
        assertThat(one.json().get("periodEnd").asString()).isEqualTo(period.last().toString());
        assertThat(one.json().get("activity").has("priorities")).isTrue();
        assertThat(history).extracting(change -> change.get("type").asString())
            .containsExactly("org.communitysafety.notification.activity-update-prepared.v1",
                    "org.communitysafety.notification.activity-update-mailed.v1");
        assertThat(history.get(0).get("data").get("periodStart").asString()).isEqualTo(period.first().toString());
        assertThat(history).allSatisfy(change -> {
            String contract = change.get("type").asString().replace("org.communitysafety.notification.", "");
            assertThat(EventContracts.of(".").violations(contract, change.get("data"))).as(contract).isEmpty();
        });
    }

    @Test
    void answersBadOrUnknownGroupsAndUpdatesWithProblems() {
        Groups groups = new Groups(partnerships, memberRepository);
        String withoutCadence = groups.form("DISTRICT_CSP", "Daventry CSP");

        ApiClient.Response noCadence = administrator.get("/api/v1/six-monthly-updates/previews/" + withoutCadence);
        ApiClient.Response unknownGroup = administrator.get("/api/v1/six-monthly-updates/previews/no-such-group");
        ApiClient.Response badGroup = administrator.get("/api/v1/six-monthly-updates/previews/Bad_Group");
        ApiClient.Response unknownUpdate = administrator.get("/api/v1/six-monthly-updates/no-such-group_2015-04-01");
        ApiClient.Response badUpdate = administrator.get("/api/v1/six-monthly-updates/$where");
        ApiClient.Response badFilter = administrator.get("/api/v1/six-monthly-updates?partnershipId=%7B%22$ne%22:1%7D");
        ApiClient.Response badPage = administrator.get("/api/v1/six-monthly-updates?page=-1");

        assertThat(noCadence.status()).isEqualTo(422);
        assertThat(noCadence.json().get("detail").asString()).contains("Daventry CSP has no reporting cadence");
        assertThat(unknownGroup.status()).isEqualTo(404);
        assertThat(unknownUpdate.status()).isEqualTo(404);
        for (ApiClient.Response bad : new ApiClient.Response[] { badGroup, badUpdate, badFilter, badPage }) {
            assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        }
        for (ApiClient.Response problem : new ApiClient.Response[] { noCadence, unknownGroup, badGroup, unknownUpdate,
                badUpdate, badFilter, badPage }) {
            assertThat(problem.isProblem()).as(problem.toString()).isTrue();
        }
    }

    @Test
    void refusesUpdatesAndPreviewsToAnAgencyAGroupManagerAndACallerWithoutAToken() {
        Groups groups = new Groups(partnerships, memberRepository);
        String county = groups.form("COUNTY_STRATEGY_GROUP", "County Chief Executives", "P6M");
        Seat member = groups.appoint(county, "northamptonshire-police", "MEMBER");
        ApiClient agency = anonymous
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-police", "AGENCY"));
        ApiClient groupManager = anonymous
            .withToken(TestTokens.shared().forOrganisation(COUNTY_COUNCIL, "GROUP_MANAGER", "AGENCY"));

        for (String path : new String[] { "/api/v1/six-monthly-updates",
                "/api/v1/six-monthly-updates/previews/" + county,
                "/api/v1/six-monthly-updates/" + county + "_" + period.first(),
                "/api/v1/six-monthly-updates/" + county + "_" + period.first() + "/history" }) {
            ApiClient.Response forbidden = agency.get(path);
            assertThat(forbidden.status()).as(path).isEqualTo(403);
            assertThat(forbidden.isProblem()).as(path).isTrue();
            assertThat(forbidden.body()).doesNotContain(member.email(), "County Chief Executives");
            assertThat(groupManager.get(path).status()).as(path).isEqualTo(403);
            ApiClient.Response unauthenticated = anonymous.get(path);
            assertThat(unauthenticated.status()).as(path).isEqualTo(401);
            assertThat(unauthenticated.isProblem()).as(path).isTrue();
        }
    }

}
