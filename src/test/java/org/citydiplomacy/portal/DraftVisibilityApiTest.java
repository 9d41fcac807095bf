package org.citydiplomacy.portal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Drafts and withdrawn records never reach an anonymous API answer: not in a list, a search, a
 * partner's counts or timeline, nor as a record, nor as a part of a published record. Each test
 * also shows that staff do see them, so that a 404 here means "hidden", not "missing". The rows
 * are written for this class and deleted after it.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftVisibilityApiTest {

    private static final String CREATED_BY = "draft-visibility-test";
    private static final String ROME_COMMUNIQUE =
            "Joint Communiqué of the City of Rome (Republic of Italy) and the Tokyo Metropolitan Government (Japan)";
    private static final String ROME_MEETING = "Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final String marker = "zebracorn" + UUID.randomUUID().toString().substring(0, 8);
    private final String draftPartner = "draft-partner-" + marker;
    private long draftAgreement;
    private long withdrawnAgreement;
    private long draftMeeting;
    private long romeCommunique;
    private long romeMeeting;

    @BeforeAll
    void writeHiddenRecords() {
        romeCommunique = jdbc.sql("SELECT id FROM agreement WHERE created_by = 'seed' AND title = :t")
                .param("t", ROME_COMMUNIQUE).query(Long.class).single();
        romeMeeting = jdbc.sql("SELECT id FROM meeting WHERE created_by = 'seed' AND title = :t")
                .param("t", ROME_MEETING).query(Long.class).single();
        long rome = jdbc.sql("SELECT id FROM partner WHERE slug = 'rome'").query(Long.class).single();

        long partner = jdbc.sql("""
                INSERT INTO partner (slug, name, kind, country, relationship, visibility, created_by)
                VALUES (:slug, :name, 'CITY', 'ZZ', 'PARTNER', 'DRAFT', :by) RETURNING id""")
                .param("slug", draftPartner).param("name", "Draft partner " + marker).param("by", CREATED_BY)
                .query(Long.class).single();
        // Dated after everything published, so that a leak would also move Rome's latest contact.
        draftAgreement = insertAgreement("Draft communique " + marker, "2027-03-01", "DRAFT");
        withdrawnAgreement = insertAgreement("Withdrawn memorandum " + marker, "2027-04-01", "WITHDRAWN");
        draftMeeting = jdbc.sql("""
                INSERT INTO meeting (title, held_on, held_on_precision, kind, visibility, created_by)
                VALUES (:title, DATE '2027-03-02', 'DAY', 'BILATERAL_VISIT', 'DRAFT', :by) RETURNING id""")
                .param("title", "Draft meeting " + marker).param("by", CREATED_BY).query(Long.class).single();

        for (long agreement : new long[] { draftAgreement, withdrawnAgreement }) {
            jdbc.sql("INSERT INTO agreement_partner (agreement_id, partner_id) VALUES (?, ?)").params(agreement, rome).update();
        }
        jdbc.sql("INSERT INTO agreement_text (agreement_id, language, body) VALUES (?, 'en', ?)")
                .params(draftAgreement, "A secret text about " + marker).update();
        jdbc.sql("INSERT INTO meeting_partner (meeting_id, partner_id) VALUES (?, ?)").params(draftMeeting, rome).update();
        // Hidden records hanging off published ones: a draft meeting where the published communiqué
        // was signed, a draft agreement signed at the published meeting, and a draft partner that
        // signed the published communiqué and met at the published meeting.
        jdbc.sql("INSERT INTO meeting_agreement (meeting_id, agreement_id) VALUES (?, ?)").params(draftMeeting, romeCommunique).update();
        jdbc.sql("INSERT INTO meeting_agreement (meeting_id, agreement_id) VALUES (?, ?)").params(romeMeeting, draftAgreement).update();
        jdbc.sql("INSERT INTO agreement_partner (agreement_id, partner_id, position) VALUES (?, ?, 1)").params(romeCommunique, partner).update();
        jdbc.sql("INSERT INTO meeting_partner (meeting_id, partner_id, position) VALUES (?, ?, 1)").params(romeMeeting, partner).update();
    }

    @AfterAll
    void deleteHiddenRecords() {
        jdbc.sql("DELETE FROM agreement WHERE created_by = ?").params(CREATED_BY).update();
        jdbc.sql("DELETE FROM meeting WHERE created_by = ?").params(CREATED_BY).update();
        jdbc.sql("DELETE FROM agreement_partner WHERE partner_id IN (SELECT id FROM partner WHERE created_by = ?)").params(CREATED_BY).update();
        jdbc.sql("DELETE FROM meeting_partner WHERE partner_id IN (SELECT id FROM partner WHERE created_by = ?)").params(CREATED_BY).update();
        jdbc.sql("DELETE FROM partner WHERE created_by = ?").params(CREATED_BY).update();
    }

    // --- agreements

    @Test
    void theAgreementListLeavesDraftsAndWithdrawnOut() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("size", "100"))
                .andExpect(jsonPath("$.page.totalElements").value(22))
                .andExpect(jsonPath("$.content[*].title", everyItem(not(containsString(marker)))))
                .andExpect(jsonPath("$.content[0].signedOn").value("2026-02-05"));
        mvc.perform(get("/api/v1/agreements").param("size", "100").with(staff()))
                .andExpect(jsonPath("$.page.totalElements").value(24))
                .andExpect(jsonPath("$.content[0].title").value("Withdrawn memorandum " + marker));
    }

    @Test
    void aPartnersAgreementsLeaveDraftsOut() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("partner", "rome"))
                .andExpect(jsonPath("$.content[*].title").value(contains(ROME_COMMUNIQUE)));
        mvc.perform(get("/api/v1/agreements").param("partner", "rome").with(staff()))
                .andExpect(jsonPath("$.page.totalElements").value(3));
    }

    @Test
    void aSearchDoesNotFindDraftsByTheirTitlesOrTexts() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("q", marker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/agreements").param("q", "secret text " + marker))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/agreements").param("q", "secret text " + marker).with(staff()))
                .andExpect(jsonPath("$.page.totalElements").value(1));
    }

    @Test
    void aDraftAgreementIsNotFoundAndAWithdrawnOneIsGone() throws Exception {
        for (long id : new long[] { draftAgreement, withdrawnAgreement }) {
            // Issue 16: a withdrawn record's permalink answers 410 (saying when and why), a draft's 404.
            mvc.perform(get("/api/v1/agreements/{id}", id))
                    .andExpect(status().is(id == withdrawnAgreement ? 410 : 404))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(content().string(not(containsString(marker))));
            mvc.perform(get("/api/v1/agreements/{id}", id).with(staff()))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void aPublishedAgreementShowsNeitherItsDraftMeetingNorItsDraftPartner() throws Exception {
        mvc.perform(get("/api/v1/agreements/{id}", romeCommunique))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings[*].title").value(contains(ROME_MEETING)))
                .andExpect(jsonPath("$.partners[*].slug").value(contains("rome")))
                .andExpect(content().string(not(containsString(marker))));
        mvc.perform(get("/api/v1/agreements/{id}", romeCommunique).with(staff()))
                .andExpect(jsonPath("$.meetings", hasSize(2)))
                .andExpect(jsonPath("$.partners", hasSize(2)));
    }

    @Test
    void filteringByADraftPartnerFindsNothing() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("partner", draftPartner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/meetings").param("partner", draftPartner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/agreements").param("partner", draftPartner).with(staff()))
                .andExpect(jsonPath("$.page.totalElements").value(1));
    }

    // --- meetings

    @Test
    void theMeetingListLeavesDraftsOut() throws Exception {
        mvc.perform(get("/api/v1/meetings"))
                .andExpect(jsonPath("$.page.totalElements").value(15))
                .andExpect(jsonPath("$.content[0].date").value("2026-02-05"));
        mvc.perform(get("/api/v1/meetings").param("year", "2027"))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/meetings").param("partner", "rome"))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        mvc.perform(get("/api/v1/meetings").param("year", "2027").with(staff()))
                .andExpect(jsonPath("$.page.totalElements").value(1));
    }

    @Test
    void aDraftMeetingIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/meetings/{id}", draftMeeting))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/meetings/{id}", draftMeeting).with(staff()))
                .andExpect(status().isOk());
    }

    @Test
    void aPublishedMeetingShowsNeitherItsDraftAgreementNorItsDraftPartner() throws Exception {
        mvc.perform(get("/api/v1/meetings/{id}", romeMeeting))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agreements[*].title").value(contains(ROME_COMMUNIQUE)))
                .andExpect(jsonPath("$.partners[*].slug").value(contains("rome")))
                .andExpect(content().string(not(containsString(marker))));
        mvc.perform(get("/api/v1/meetings/{id}", romeMeeting).with(staff()))
                .andExpect(jsonPath("$.agreements", hasSize(2)));
    }

    // --- partners and timelines

    @Test
    void aDraftPartnerIsNeitherListedNorFound() throws Exception {
        mvc.perform(get("/api/v1/partners"))
                .andExpect(jsonPath("$", hasSize(20)))
                .andExpect(jsonPath("$[*].slug", not(hasItem(draftPartner))));
        mvc.perform(get("/api/v1/partners/{slug}", draftPartner))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/partners/{slug}/timeline", draftPartner))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/partners/{slug}", draftPartner).with(staff()))
                .andExpect(status().isOk());
    }

    @Test
    void aPartnersCountsAndLatestContactIgnoreDrafts() throws Exception {
        mvc.perform(get("/api/v1/partners"))
                .andExpect(jsonPath("$[?(@.slug == 'rome')].agreementCount").value(contains(1)))
                .andExpect(jsonPath("$[?(@.slug == 'rome')].latestContact").value(contains("2026-02-05")));
        mvc.perform(get("/api/v1/partners").with(staff()))
                .andExpect(jsonPath("$[?(@.slug == 'rome')].agreementCount").value(contains(3)))
                .andExpect(jsonPath("$[?(@.slug == 'rome')].latestContact").value(contains("2027-04-01")));
    }

    @Test
    void aTimelineLeavesDraftsOut() throws Exception {
        mvc.perform(get("/api/v1/partners/rome/timeline"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[*].title", everyItem(not(containsString(marker)))));
        mvc.perform(get("/api/v1/partners/rome/timeline").with(staff()))
                .andExpect(jsonPath("$", hasSize(7)));
    }

    private long insertAgreement(String title, String signedOn, String visibility) {
        return jdbc.sql("""
                INSERT INTO agreement (type, title, signed_on, signed_on_precision, status, visibility, created_by)
                VALUES ('JOINT_COMMUNIQUE', :title, CAST(:signedOn AS date), 'DAY', 'UNKNOWN', :visibility, :by) RETURNING id""")
                .param("title", title).param("signedOn", signedOn).param("visibility", visibility).param("by", CREATED_BY)
                .query(Long.class).single();
    }

    private static RequestPostProcessor staff() {
        return user("editor").roles("EDITOR");
    }
}
