package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.NewAccount;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.shared.Office;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.citydiplomacy.portal.support.WebPages;
import org.citydiplomacy.portal.support.WriteApiSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16, points 4 to 8: the staff forms help. The error summary names each field and links to it
 * in the form's order; a partner's identifier is made from its English name; agreements and partners
 * are picked by name; a meeting starts from its agreement; dates typed the Japanese way are read in
 * every date field; days and times are the office's (Tokyo's), whatever the hour in UTC.
 */
@PortalTest
class StaffFormsHelpTest {

    static final String EDITOR_NAME = "forms-editor";
    static final RequestPostProcessor STAFF = user(EDITOR_NAME).roles("EDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    AccountService accounts;

    @Autowired
    MessageSource messages;

    WriteApiSupport api;
    CreatedRecords created;

    @BeforeEach
    void setUp() {
        api = new WriteApiSupport(mvc, json, jdbc);
        created = CreatedRecords.noteBefore(jdbc);
        if (!accounts.isActive(EDITOR_NAME)) {
            accounts.createIfAbsent(new NewAccount(EDITOR_NAME, "Forms Editor", StaffRole.EDITOR, StaffAccounts.PASSWORD), "test");
        }
    }

    @AfterEach
    void tearDown() {
        Office.useClock(Clock.system(Office.DEFAULT_ZONE));
        created.remove();
    }

    private Document page(MockHttpServletRequestBuilder request, String language) throws Exception {
        return WebPages.page(mvc.perform(request.with(STAFF).with(csrf()).header("Accept-Language", language)).andReturn());
    }

    private String label(String key, String language, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
    }

    /** Each summary link's target, and that the target is a control on the page that describes its error. */
    private static List<String> summaryTargets(Document page) {
        Element summary = page.selectFirst("#error-summary");
        assertThat(summary).as("error summary").isNotNull();
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        assertThat(summary.hasAttr("autofocus")).isTrue();
        List<String> targets = summary.select("a").eachAttr("href").stream().map(href -> href.substring(1)).toList();
        for (String id : targets) {
            assertThat(page.getElementById(id)).as("the field %s the summary links to", id).isNotNull();
        }
        return targets;
    }

    private static List<String> summaryTexts(Document page) {
        return page.select("#error-summary a").eachText();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "en", "ja" })
    void agreementErrorSummaryNamesEachFieldInTheFormsOrder(String language) throws Exception {
        Document page = page(post("/staff/agreements").param("signedOn", "soon").param("reviewOn", "tomorrow")
                .param("signatories[0].office", "Governor of Tokyo").param("status", "IN_FORCE"), language);

        assertThat(summaryTargets(page)).containsExactly("type", "title", "signedOn", "partners",
                "signatories[0].name", "signatories[0].side", "reviewOn");
        String separator = "ja".equals(language) ? "：" : ": ";
        List<String> texts = summaryTexts(page);
        assertThat(texts.get(0)).isEqualTo(label("staff.agreement.type", language) + separator
                + label("validation.required", language));
        assertThat(texts.get(1)).startsWith(label("staff.agreement.title", language) + separator);
        assertThat(texts.get(4)).startsWith(label("staff.form.rowField", language,
                label("staff.agreement.signatoryN", language, 1), label("staff.person.name", language)) + separator);
        assertThat(texts.get(6)).isEqualTo(label("staff.agreement.reviewOn", language) + separator
                + label("staff.form.date", language));
        // Each field's own error is tied to its control.
        assertThat(page.getElementById("title").attr("aria-describedby")).contains("title-error");
        assertThat(page.getElementById("reviewOn").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void errorSummaryNamesFieldsInEnglish() throws Exception {
        Document page = page(post("/staff/agreements").param("status", "IN_FORCE"), "en");

        assertThat(summaryTexts(page)).startsWith("Type: Required.", "Title in English: Required.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "en", "ja" })
    void meetingAndPartnerErrorSummariesFollowTheirForms(String language) throws Exception {
        Document meeting = page(post("/staff/meetings").param("endDate", "later")
                .param("participants[0].name", "Someone"), language);
        assertThat(summaryTargets(meeting)).containsExactly("title", "kind", "date", "endDate", "participants[0].side");
        assertThat(summaryTexts(meeting).get(2)).startsWith(label("staff.meeting.date", language));

        Document partner = page(post("/staff/partners").param("country", "France").param("relationshipSince", "once")
                .param("kind", "CITY"), language);
        assertThat(summaryTargets(partner)).containsExactly("name", "country", "relationshipSince");
        assertThat(summaryTexts(partner).get(0)).startsWith(label("staff.partner.name", language));
    }

    @Test
    void makesAPartnersIdentifierFromItsEnglishNameFoldingAccentsAndAddingASuffixWhenTaken() throws Exception {
        String marker = Long.toString(System.nanoTime() % 1_000_000_000);
        for (String expected : List.of("sao-paulo-union-" + marker, "sao-paulo-union-" + marker + "-2")) {
            mvc.perform(post("/staff/partners").with(STAFF).with(csrf())
                            .param("name", "São Paulo Ünïon " + marker).param("slug", "").param("kind", "CITY")
                            .param("country", "BR").param("relationship", "PARTNER").param("visibility", "DRAFT"))
                    .andExpect(redirectedUrl("/staff/partners/" + expected + "/edit"));
        }

        // The same inside the agreement form: the new partner is made and picked by its made identifier.
        Document form = page(post("/staff/agreements").param("action", "create-partner")
                .param("title", "Kept as typed").param("newPartner.name", "Łódź Ærø " + marker)
                .param("newPartner.country", "PL").param("newPartner.kind", "CITY")
                .param("newPartner.relationship", "PARTNER").param("newPartner.visibility", "DRAFT"), "en");
        String slug = "lodz-aero-" + marker;
        assertThat(jdbc.sql("SELECT count(*) FROM partner WHERE slug = ?").param(slug).query(Long.class).single()).isOne();
        assertThat(form.select("select#partners\\[0\\] option[selected]").attr("value")).isEqualTo(slug);
        assertThat(form.getElementById("title").val()).isEqualTo("Kept as typed");
    }

    @Test
    void aNameWithoutLatinLettersAsksForAnIdentifier() throws Exception {
        Document page = page(post("/staff/partners").param("name", "北京").param("kind", "CITY").param("country", "CN")
                .param("relationship", "PARTNER").param("visibility", "DRAFT"), "en");

        assertThat(summaryTargets(page)).containsExactly("slug");
    }

    @Test
    void picksAgreementsAndPartnersByNameDraftsIncluded() throws Exception {
        String partner = api.createPartner();
        String published = WriteApiSupport.unique("Published pick");
        String draftTitle = WriteApiSupport.unique("Draft pick");
        long publishedId = api.createAgreement(api.agreement(published, partner));
        Map<String, Object> draft = api.agreement(draftTitle, partner);
        draft.put("visibility", "DRAFT");
        long draftId = api.createAgreement(draft);

        Document meeting = page(get("/staff/meetings/new"), "en");
        assertThat(meeting.select("select#agreements\\[0\\] option[value=" + publishedId + "]").text())
                .isEqualTo(published + " (5 February 2026)");
        assertThat(meeting.select("select#agreements\\[0\\] option[value=" + draftId + "]").text())
                .isEqualTo(draftTitle + " (5 February 2026, draft)");
        assertThat(meeting.select("select#participants\\[0\\]\\.partner option[value=" + partner + "]").text())
                .isEqualTo("Testville " + partner);
        assertThat(meeting.select("label[for=participants[0].partner]").text()).isEqualTo("Took part on behalf of the partner");

        Document agreement = page(get("/staff/agreements/" + draftId + "/edit"), "ja");
        assertThat(agreement.select("select#relations\\[0\\]\\.agreementId option[value=" + publishedId + "]").text())
                .isEqualTo(published + " (2026年2月5日)");
        // Not related to itself.
        assertThat(agreement.select("select#relations\\[0\\]\\.agreementId option[value=" + draftId + "]")).isEmpty();
        assertThat(agreement.select("label[for=signatories[0].partner]").text()).isEqualTo("代表して署名した提携先");
        assertThat(agreement.select("select#signatories\\[0\\]\\.partner option[value=" + partner + "]")).hasSize(1);

        // Picked and saved: the meeting links the draft agreement by its id.
        mvc.perform(post("/staff/meetings").with(STAFF).with(csrf()).param("title", WriteApiSupport.unique("Picked"))
                        .param("kind", "BILATERAL_VISIT").param("date", "2026-03").param("partners[0]", partner)
                        .param("agreements[0]", Long.toString(draftId)).param("visibility", "DRAFT"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_agreement WHERE agreement_id = ?").param(draftId)
                .query(Long.class).single()).isOne();
    }

    @Test
    void recordsAMeetingForAnAgreementStartingFromItsPartnersDateAndSignatories() throws Exception {
        String partner = api.createPartner();
        Map<String, Object> body = api.agreement(WriteApiSupport.unique("Signed at a visit"), partner);
        body.put("signatories", List.of(Map.of("name", "Koike Yuriko", "office", "Governor of Tokyo", "side", "CITY"),
                Map.of("name", "Anne Mayor", "side", "PARTNER", "partner", partner)));
        long id = api.createAgreement(body);

        Document edit = page(get("/staff/agreements/" + id + "/edit"), "en");
        assertThat(edit.select("a[href=/staff/meetings/new?agreement=" + id + "]").text())
                .isEqualTo("Record a meeting for this agreement");
        Document publicPage = page(get("/agreements/" + id), "ja");
        assertThat(publicPage.select("a[href=/staff/meetings/new?agreement=" + id + "]").text())
                .isEqualTo("この協定の会談を記録する");

        Document form = page(get("/staff/meetings/new").param("agreement", Long.toString(id)), "en");
        assertThat(form.select("[role=status]").text()).contains(body.get("title").toString());
        assertThat(form.select("select#partners\\[0\\] option[selected]").attr("value")).isEqualTo(partner);
        assertThat(form.getElementById("date").val()).isEqualTo("2026-02-05");
        assertThat(form.select("select#agreements\\[0\\] option[selected]").attr("value")).isEqualTo(Long.toString(id));
        assertThat(form.getElementById("participants[0].name").val()).isEqualTo("Koike Yuriko");
        assertThat(form.getElementById("participants[0].office").val()).isEqualTo("Governor of Tokyo");
        assertThat(form.select("select#participants\\[0\\]\\.side option[selected]").attr("value")).isEqualTo("CITY");
        assertThat(form.getElementById("participants[1].name").val()).isEqualTo("Anne Mayor");
        assertThat(form.select("select#participants\\[1\\]\\.partner option[selected]").attr("value")).isEqualTo(partner);

        mvc.perform(get("/staff/meetings/new").param("agreement", "999999999").with(STAFF)).andExpect(status().isNotFound());
    }

    @Test
    void readsJapaneseDatesInTheReviewExpiryMeetingAndRelationshipFields() throws Exception {
        String partner = api.createPartner();
        String title = WriteApiSupport.unique("Japanese review date");
        mvc.perform(post("/staff/agreements").with(STAFF).with(csrf()).param("type", "MEMORANDUM_OF_UNDERSTANDING")
                        .param("title", title).param("signedOn", "2026年2月5日").param("partners[0]", partner)
                        .param("status", "IN_FORCE").param("visibility", "DRAFT")
                        .param("reviewOn", "令和8年11月30日").param("expiresOn", "２０３０－０１－３１"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT review_on || ' ' || expires_on FROM agreement WHERE title = ?").param(title)
                .query(String.class).single()).isEqualTo("2026-11-30 2030-01-31");

        String meeting = WriteApiSupport.unique("Japanese meeting date");
        mvc.perform(post("/staff/meetings").with(STAFF).with(csrf()).param("title", meeting).param("kind", "SUMMIT")
                        .param("date", "2026年11月30日").param("endDate", "令和8年12月1日").param("partners[0]", partner)
                        .param("visibility", "DRAFT"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT held_on || ' ' || ends_on FROM meeting WHERE title = ?").param(meeting)
                .query(String.class).single()).isEqualTo("2026-11-30 2026-12-01");

        String since = "since-" + System.nanoTime() % 1_000_000_000;
        mvc.perform(post("/staff/partners").with(STAFF).with(csrf()).param("name", "Heisei " + since).param("slug", since)
                        .param("kind", "CITY").param("country", "KR").param("relationship", "SISTER")
                        .param("relationshipSince", "平成元年").param("visibility", "DRAFT"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT relationship_since || ' ' || relationship_since_precision FROM partner WHERE slug = ?")
                .param(since).query(String.class).single()).isEqualTo("1989-01-01 YEAR");

        // A review date needs its day: a month alone is refused with a message on the field.
        Document refused = page(post("/staff/agreements").param("reviewOn", "2026年11月"), "ja");
        assertThat(refused.getElementById("reviewOn-error").text()).isEqualTo(label("staff.form.date", "ja"));
        assertThat(refused.getElementById("reviewOn").val()).isEqualTo("2026年11月");
    }

    @Test
    void daysAndTimesAreTheOfficesNearMidnightUtc() throws Exception {
        // 23:30 in London and UTC is 08:30 the next morning in Tokyo.
        Office.useClock(Clock.fixed(Instant.parse("2026-11-29T23:30:00Z"), Office.DEFAULT_ZONE));

        Document form = page(get("/staff/agreements/new"), "en");
        assertThat(form.getElementById("signedOn").val()).isEqualTo("2026-11-30");

        String partner = api.createPartner();
        String title = WriteApiSupport.unique("Accessed in Tokyo");
        long id = api.createAgreement(api.agreement(title, partner));
        String citation = WebPages.page(mvc.perform(get("/agreements/" + id).header("Accept-Language", "en")).andReturn())
                .select(".cite").text();
        assertThat(citation).contains("(accessed 30 November 2026)");

        Document list = page(get("/staff/partners").param("q", partner), "en");
        assertThat(list.select("time").eachText()).contains("2026-11-30 08:30");
        // Found by its title: the workspace's "latest changes" shows the newest, and a fixed clock in the
        // past would leave this record out of it whenever other tests have saved since.
        Document agreements = page(get("/staff/agreements").param("q", title), "ja");
        assertThat(agreements.select("time").eachText()).contains("2026-11-30 08:30");
    }
}
