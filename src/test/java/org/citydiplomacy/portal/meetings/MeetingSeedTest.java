package org.citydiplomacy.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DatePrecision;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The meetings the source documents describe, each dated at the precision its document gives. */
@PortalTest
class MeetingSeedTest {

    static final String ROME_CITY_HALL = "Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall";
    static final String TOKYO_SEPTEMBER = "Meeting of the Governor of Tokyo and the Mayor of Rome in Tokyo";
    static final String HELSINKI_CITY_HALL = "Meeting of the Governor of Tokyo and the Mayor of Helsinki at Helsinki City Hall";
    static final String RE_START = "Sustainable Recovery Tokyo Forum (Re StaRT)";

    @Autowired
    MeetingService meetings;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall         | 2026-02-05 | DAY   | BILATERAL_VISIT
            Meeting of the Governor of Tokyo and the Mayor of Rome in Tokyo                  | 2025-09-01 | MONTH | BILATERAL_VISIT
            Meeting of the Governor of Tokyo and the Mayor of Helsinki at Helsinki City Hall | 2023-08-21 | DAY   | BILATERAL_VISIT
            Sustainable Recovery Tokyo Forum (Re StaRT)                                      | 2021-08-07 | DAY   | FORUM
            First Tokyo Global Partners Seminar                                              | 2015-01-01 | YEAR  | SEMINAR
            Sixth Tokyo Global Partners Seminar                                              | 2021-01-01 | YEAR  | ONLINE
            U20 Mayors Summit 2019                                                           | 2019-01-01 | YEAR  | SUMMIT
            Visit of the Governor of Tokyo to Sochi                                          | 2014-01-01 | YEAR  | BILATERAL_VISIT
            Visit of the Governor of Tokyo to Beijing                                        | 2014-04-01 | MONTH | BILATERAL_VISIT
            Visit of the Governor of Tokyo to Seoul                                          | 2014-01-01 | YEAR  | BILATERAL_VISIT
            Visit of the Governor of Tokyo to Tomsk                                          | 2014-01-01 | YEAR  | BILATERAL_VISIT
            Visit of the Governor of Tokyo to Moscow                                         | 2014-01-01 | YEAR  | BILATERAL_VISIT
            Visit of the Governor of Tokyo to Incheon                                        | 2014-01-01 | YEAR  | BILATERAL_VISIT
            Visit of the Governor of Tokyo to London                                         | 2014-01-01 | YEAR  | BILATERAL_VISIT
            Visit of the Governor of Tokyo to Berlin                                         | 2014-01-01 | YEAR  | BILATERAL_VISIT
            """)
    void seedsEachMeetingWithItsDateAtThePrecisionOfItsSource(String title, LocalDate start, DatePrecision precision,
            MeetingKind kind) {
        MeetingDetails meeting = meetings.find(idOf(title), Audience.PUBLIC);

        assertThat(meeting.date()).isEqualTo(new PartialDate(start, precision));
        assertThat(meeting.kind()).isEqualTo(kind);
        assertThat(meeting.visibility()).hasToString("PUBLISHED");
    }

    @Test
    void seedsFifteenPublishedMeetings() {
        List<String> visibility = jdbc.sql("SELECT visibility FROM meeting WHERE created_by = 'seed'").query(String.class).list();

        assertThat(visibility).hasSize(15).containsOnly("PUBLISHED");
    }

    @Test
    void theRomeMeetingsNameTheGovernorAndTheMayorAsTheCommuniqueDoes() {
        for (String title : List.of(ROME_CITY_HALL, TOKYO_SEPTEMBER)) {
            MeetingDetails meeting = meetings.find(idOf(title), Audience.PUBLIC);

            assertThat(meeting.participants()).extracting(MeetingDetails.Participant::name)
                    .containsExactly("Koike Yuriko", "Roberto Gualtieri");
            assertThat(meeting.partners()).extracting(PartnerRef::slug).containsExactly("rome");
        }
    }

    @Test
    void theRomeCityHallMeetingIsWhereTheCommuniqueWasSigned() {
        MeetingDetails meeting = meetings.find(idOf(ROME_CITY_HALL), Audience.PUBLIC);

        assertThat(meeting.place()).isEqualTo("Rome City Hall");
        assertThat(meeting.agreements()).singleElement().satisfies(a -> {
            assertThat(a.title()).startsWith("Joint Communiqué of the City of Rome");
            assertThat(a.signedOn()).isEqualTo(PartialDate.ofDay(2026, 2, 5));
        });
    }

    @Test
    void theHelsinkiMeetingNamesTheMayorAndCarriesItsCommunique() {
        MeetingDetails meeting = meetings.find(idOf(HELSINKI_CITY_HALL), Audience.PUBLIC);

        assertThat(meeting.participants()).extracting(MeetingDetails.Participant::name)
                .containsExactly("Koike Yuriko", "Juhana Vartiainen");
        assertThat(meeting.participants()).extracting(MeetingDetails.Participant::nameJa)
                .containsExactly("小池百合子", "ユハナ・ヴァルティアイネン");
        assertThat(meeting.place()).isEqualTo("Helsinki City Hall");
        assertThat(meeting.agreements()).singleElement()
                .satisfies(a -> assertThat(a.title()).startsWith("Joint Communique of the City of Helsinki"));
    }

    @Test
    void theForumListsTheDelegationsOfItsGroupPhoto() {
        MeetingDetails forum = meetings.find(idOf(RE_START), Audience.PUBLIC);

        assertThat(forum.participants()).extracting(MeetingDetails.Participant::office)
                .containsExactly("Tokyo Metropolitan Government", "Brisbane", "Dakar", "Los Angeles", "Paris", "Singapore");
        assertThat(forum.partners()).extracting(PartnerRef::slug).containsExactlyInAnyOrder("los-angeles", "paris");
    }

    @Test
    void theSixthSeminarWasTheFirstOnlineOneWith21Cities() {
        MeetingDetails seminar = meetings.find(idOf("Sixth Tokyo Global Partners Seminar"), Audience.PUBLIC);

        assertThat(seminar.summary()).contains("21 cities");
    }

    @Test
    void theVisitsOf2014LinkTheVisitedPartners() {
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT m.title, p.slug FROM meeting m
                  LEFT JOIN meeting_partner mp ON mp.meeting_id = m.id LEFT JOIN partner p ON p.id = mp.partner_id
                 WHERE m.created_by = 'seed' AND m.title LIKE 'Visit of the Governor of Tokyo to %'""").query().listOfRows();

        assertThat(rows).hasSize(8);
        assertThat(rows).extracting(r -> r.get("slug")).containsExactlyInAnyOrder(
                null, "beijing", "seoul", "tomsk-region", "moscow", null, "london", "berlin");
    }

    private long idOf(String title) {
        return jdbc.sql("SELECT id FROM meeting WHERE created_by = 'seed' AND title = :title")
                .param("title", title).query(Long.class).single();
    }
}
