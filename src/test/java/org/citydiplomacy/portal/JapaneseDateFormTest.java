package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.NewAccount;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.citydiplomacy.portal.support.WriteApiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue 16, point 7: the agreement form takes a signing date typed the Japanese way. */
@PortalTest
class JapaneseDateFormTest {

    static final String EDITOR_NAME = "japanese-date-editor";
    static final RequestPostProcessor STAFF = user(EDITOR_NAME).roles("EDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    CreatedRecords created;

    @BeforeEach
    void setUp() {
        created = CreatedRecords.noteBefore(jdbc);
        if (!accounts.isActive(EDITOR_NAME)) {
            accounts.createIfAbsent(new NewAccount(EDITOR_NAME, "Date Editor", StaffRole.EDITOR, StaffAccounts.PASSWORD), "test");
        }
    }

    @AfterEach
    void tearDown() {
        created.remove();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "令和8年11月30日, 2026-11-30, DAY", "２０２６－１１－３０, 2026-11-30, DAY", "2026年11月, 2026-11-01, MONTH" })
    void savesASigningDateTypedTheJapaneseWay(String typed, String stored, String precision) throws Exception {
        String partner = jdbc.sql("SELECT slug FROM partner WHERE visibility = 'PUBLISHED' ORDER BY id LIMIT 1")
                .query(String.class).single();
        String title = WriteApiSupport.unique("Japanese date");
        mvc.perform(post("/staff/agreements").with(STAFF).with(csrf())
                        .param("type", "MEMORANDUM_OF_UNDERSTANDING").param("title", title).param("signedOn", typed)
                        .param("partners[0]", partner).param("status", "IN_FORCE").param("visibility", "DRAFT"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT signed_on::text || ' ' || signed_on_precision FROM agreement WHERE title = ?")
                .param(title).query(String.class).single()).isEqualTo(stored + " " + precision);
    }
}
