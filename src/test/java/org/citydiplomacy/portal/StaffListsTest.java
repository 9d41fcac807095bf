package org.citydiplomacy.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.NewAccount;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.citydiplomacy.portal.support.WriteApiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** Issue 16, point 2: staff find any record (drafts and withdrawn ones too) and reach its form from its public page. */
@PortalTest
class StaffListsTest {

    static final String EDITOR_NAME = "listing-editor";
    static final RequestPostProcessor STAFF = user(EDITOR_NAME).roles("EDITOR");

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
        if (!accounts.isActive(EDITOR_NAME)) {
            accounts.createIfAbsent(new NewAccount(EDITOR_NAME, "Listing Editor", StaffRole.EDITOR, StaffAccounts.PASSWORD), "test");
        }
    }

    @AfterEach
    void removeCreatedRecords() {
        api.removeCreatedRecords();
    }

    @Test
    void listsAgreementsInEveryVisibilitySearchableAndLatestChangeFirst() throws Exception {
        Map<String, Object> draft = api.agreement(WriteApiSupport.unique("Zanzibar draft"), api.createPartner());
        draft.put("visibility", "DRAFT");
        long id = api.createAgreement(draft);
        String title = (String) draft.get("title");

        mvc.perform(get("/staff/agreements").with(STAFF).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Agreements: find one to edit")))
                .andExpect(content().string(containsString("href=\"/staff/agreements/" + id + "/edit\"")))
                .andExpect(content().string(containsString("(latest change first)")));
        mvc.perform(get("/staff/agreements").with(STAFF).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("協定を探して編集")));
        mvc.perform(get("/staff/agreements").param("q", title.toUpperCase()).with(STAFF).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Found: 1 (")))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/staff/agreements").param("q", Long.toString(id)).with(STAFF))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/staff/agreements").param("q", title).param("visibility", "published").with(STAFF)
                        .header("Accept-Language", "en"))
                .andExpect(content().string(containsString("No records found")));
        mvc.perform(get("/staff/agreements").param("q", title).param("visibility", "draft").with(STAFF))
                .andExpect(content().string(containsString(title)));
        // Nonsense parameters list everything rather than fail.
        mvc.perform(get("/staff/agreements").param("visibility", "nope").param("page", "x").with(STAFF))
                .andExpect(status().isOk());
    }

    @Test
    void listsMeetingsAndPartnersWithWithdrawnOnes() throws Exception {
        String slug = api.createPartner();
        long meeting = api.create("/api/v1/meetings", api.meeting("Yokohama withdrawn meeting " + slug, slug)).get("id").asLong();
        mvc.perform(api.postJson("/api/v1/meetings/" + meeting + "/withdrawal", Map.of()).with(WriteApiSupport.ADMIN))
                .andExpect(status().isOk());
        mvc.perform(get("/staff/meetings").param("visibility", "withdrawn").with(STAFF).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/staff/meetings/" + meeting + "/edit\"")))
                .andExpect(content().string(containsString("Withdrawn")));
        mvc.perform(get("/staff/partners").param("q", slug).with(STAFF).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("相手を探して編集")))
                .andExpect(content().string(containsString("href=\"/staff/partners/" + slug + "/edit\"")));
        mvc.perform(get("/staff/partners")).andExpect(status().is3xxRedirection());
    }

    @Test
    void staffSeeAnEditLinkOnEveryPublicRecordPageAndReadersDoNot() throws Exception {
        long agreement = jdbc.sql("SELECT min(id) FROM agreement WHERE visibility = 'PUBLISHED'").query(Long.class).single();
        long meeting = jdbc.sql("SELECT min(id) FROM meeting WHERE visibility = 'PUBLISHED'").query(Long.class).single();
        String partner = jdbc.sql("SELECT min(slug) FROM partner WHERE visibility = 'PUBLISHED'").query(String.class).single();
        for (String[] page : new String[][] {
                { "/agreements/" + agreement, "/staff/agreements/" + agreement + "/edit" },
                { "/meetings/" + meeting, "/staff/meetings/" + meeting + "/edit" },
                { "/partners/" + partner, "/staff/partners/" + partner + "/edit" } }) {
            mvc.perform(get(page[0]).with(STAFF).header("Accept-Language", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"" + page[1] + "\"")))
                    .andExpect(content().string(containsString("Back to the workspace")));
            mvc.perform(get(page[0]).with(STAFF).header("Accept-Language", "ja"))
                    .andExpect(content().string(containsString("この記録を編集")));
            mvc.perform(get(page[0]).header("Accept-Language", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(page[1]))));
        }
    }
}
