package org.citydiplomacy.portal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WriteApiSupport.EDITOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A history reads in the reader's language: field labels and value labels, never a field name or an
 * enumeration code, and times on the office's clock (Tokyo).
 */
@PortalTest
class HistoryLabelsTest {

    /** What a reader must never see: the command's field names and the stored codes. */
    private static final String[] CODES = { "IN_FORCE", "JOINT_COMMUNIQUE", "MEMORANDUM_OF_UNDERSTANDING",
        "PUBLISHED", "signedOn", "titleJa", "staffNotes", "ENVIRONMENT", "CITY)", "\"CREATED\"", "\"CHANGED\"" };

    /** A real account: the workspace's pages end sessions of accounts that do not exist. */
    private static final String READER = "history-reader";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    WriteApiSupport api;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void setUp() {
        api = new WriteApiSupport(mvc, json, jdbc);
        if (!accounts.isActive(READER)) {
            accounts.createIfAbsent(new NewAccount(READER, "History Reader", StaffRole.EDITOR, StaffAccounts.PASSWORD),
                    "test");
        }
    }

    @AfterEach
    void removeCreatedRecords() {
        api.removeCreatedRecords();
    }

    @Test
    void apiHistoryGivesLabelsInJapaneseWithTokyoTimes() throws Exception {
        long id = changedAgreement();

        String body = mvc.perform(get("/api/v1/agreements/" + id + "/history").header("Accept-Language", "ja")
                        .with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain(CODES);
        JsonNode history = json.readTree(body);
        assertThat(history.findValuesAsString("kind")).containsExactly("変更", "作成");
        assertThat(history.get(0).get("changes").findValuesAsString("field")).contains("種類", "日本語の題名");
        assertThat(body).contains("署名日", "有効", "共同コミュニケ", "環境", "東京都");
        assertThat(history.get(0).get("at").asString()).endsWith("+09:00");
        assertThat(history.get(0).get("changes").findValuesAsString("language")).contains("ja");
    }

    @Test
    void apiHistoryGivesEnglishLabelsByDefault() throws Exception {
        long id = changedAgreement();

        String body = mvc.perform(get("/api/v1/agreements/" + id + "/history").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain(CODES).contains("Signed on", "In force", "Joint communiqué", "Type");
    }

    @Test
    void historyPageShowsLabelsAndTheOfficesClock() throws Exception {
        long id = changedAgreement();

        String page = mvc.perform(get("/staff/agreements/" + id + "/history").header("Accept-Language", "ja")
                        .with(user(READER).roles("EDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain(CODES).contains("署名日", "有効", "共同コミュニケ", "日本語の題名");
        Instant last = jdbc.sql("SELECT max(r.revised_at) FROM agreement_aud x JOIN audit_revision r ON r.id = x.rev"
                + " WHERE x.id = :id").param("id", id).query(java.sql.Timestamp.class).single().toInstant();
        String tokyo = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo")).format(last);
        assertThat(page).contains(">" + tokyo + "<");
    }

    /** An agreement created, then changed in its type, its Japanese title and its status' neighbours. */
    private long changedAgreement() throws Exception {
        String partner = api.createPartner();
        Map<String, Object> body = api.agreement("Labels", partner);
        long id = api.createAgreement(body);
        body.put("type", "JOINT_COMMUNIQUE");
        body.put("titleJa", "ラベル");
        body.put("staffNotes", "Ask the protocol office.");
        mvc.perform(api.putJson("/api/v1/agreements/" + id, body).header("If-Match", "\"v0\"").with(EDITOR))
                .andExpect(status().isOk());
        return id;
    }
}
