package org.citydiplomacy.portal.briefings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.NewAccount;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.shared.Office;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.citydiplomacy.portal.support.StatementCounter;
import org.citydiplomacy.portal.support.WriteApiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * A partner's briefing for staff: the relationship in both languages, each side's word, coming
 * anniversaries at their precision, every agreement (drafts marked), meetings, staff notes; the public
 * gets the sign-in page; an unknown partner is a 404.
 */
@PortalTest
class BriefingPageTest {

    /** A real account: the workspace's pages end sessions of accounts that do not exist. */
    private static final String NAME = "briefing-reader";
    private static final RequestPostProcessor STAFF = user(NAME).roles("EDITOR");

    /** The partner with its sources, staff notes, agreements, their deadlines, meetings, networks; and the account check. */
    private static final int STATEMENTS = 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    WriteApiSupport api;

    @BeforeEach
    void setUp() {
        api = new WriteApiSupport(mvc, json, jdbc);
        if (!accounts.isActive(NAME)) {
            accounts.createIfAbsent(new NewAccount(NAME, "Briefing Reader", StaffRole.EDITOR, StaffAccounts.PASSWORD),
                    "test");
        }
    }

    @AfterEach
    void removeCreatedRecords() {
        api.removeCreatedRecords();
    }

    @Test
    void briefsStaffInBothLanguagesWithDraftsMarkedAndStaffNotes() throws Exception {
        String slug = partnerWithHistory();
        int thisYear = Office.today().getYear();

        String english = page(slug, "en");

        assertThat(english).contains("Testville " + slug, "テストヴィル", "friendship city", "友好都市", "sister city")
                .contains("Prefers morning meetings.")
                .contains("A draft memorandum", "覚書の下書き", "badge--draft", ">Draft<")
                .contains("A published memorandum")
                .contains("30 years of the relationship, in " + thisYear)
                .contains("A visit to Testville")
                .contains("/assets/css/briefing-");
        String japanese = page(slug, "ja");
        assertThat(japanese).contains("関係30周年（" + thisYear + "年中）", "職員用メモ", ">下書き<", "覚書の下書き");
    }

    @Test
    void readsAFixedNumberOfStatements() throws Exception {
        String slug = partnerWithHistory();
        page(slug, "en");
        StatementCounter.reset();
        page(slug, "en");
        int few = StatementCounter.count();
        api.createAgreement(api.agreement("One more", slug));
        StatementCounter.reset();
        page(slug, "en");
        assertThat(StatementCounter.count()).isEqualTo(few).isEqualTo(STATEMENTS);
    }

    @Test
    void thePublicGetsTheSignInPage() throws Exception {
        mvc.perform(get("/staff/partners/rome/briefing"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anUnknownPartnerIsNotFound() throws Exception {
        mvc.perform(get("/staff/partners/nowhere-at-all/briefing").with(STAFF)).andExpect(status().isNotFound());
    }

    @Test
    void theStaffPartnerPagesLinkToIt() throws Exception {
        String edit = mvc.perform(get("/staff/partners/rome/edit").with(STAFF)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("/staff/partners/rome/briefing");
        String list = mvc.perform(get("/staff/partners").param("q", "rome").with(STAFF)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/staff/partners/rome/briefing");
    }

    private String page(String slug, String language) throws Exception {
        return mvc.perform(get("/staff/partners/{slug}/briefing", slug).header("Accept-Language", language).with(STAFF))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A partner of 30 years (known to the year), with each side's word, notes, a draft and a published agreement and a meeting. */
    private String partnerWithHistory() throws Exception {
        String slug = WriteApiSupport.unique("testville");
        Map<String, Object> partner = api.partner(slug);
        partner.put("nameJa", "テストヴィル");
        partner.put("relationship", "FRIENDSHIP");
        partner.put("relationshipSince", Integer.toString(Office.today().getYear() - 30));
        partner.put("cityTerm", "friendship city");
        partner.put("cityTermJa", "友好都市");
        partner.put("partnerTerm", "sister city");
        partner.put("staffNotes", "Prefers morning meetings.");
        api.create("/api/v1/partners", partner);
        Map<String, Object> draft = api.agreement("A draft memorandum", slug);
        draft.put("titleJa", "覚書の下書き");
        draft.put("visibility", "DRAFT");
        api.createAgreement(draft);
        api.createAgreement(api.agreement("A published memorandum", slug));
        api.create("/api/v1/meetings", api.meeting("A visit to Testville", slug));
        return slug;
    }
}
