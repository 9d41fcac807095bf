package org.citydiplomacy.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.DatabaseState;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff forms refuse what cannot be stored beside its field, as the API does; nothing is saved. */
@PortalTest
class HostileFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNulByteInAFormFieldIsAFieldErrorAndNothingIsSaved() throws Exception {
        // A real account: the workspace signs out a session whose account does not exist.
        RequestPostProcessor editor = user(StaffAccounts.create(accounts, StaffRole.EDITOR)).roles("EDITOR");
        DatabaseState before = DatabaseState.of(jdbc);
        mvc.perform(post("/staff/partners").with(editor).with(csrf()).header("Accept-Language", "en")
                        .param("slug", "nul-" + UUID.randomUUID().toString().substring(0, 8)).param("name", "Nul\u0000ville")
                        .param("kind", "CITY").param("country", "FR").param("relationship", "PARTNER")
                        .param("visibility", "DRAFT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("cannot be stored")));
        mvc.perform(post("/staff/partners").with(editor).with(csrf()).header("Accept-Language", "en")
                        .param("slug", "nowhere-" + UUID.randomUUID().toString().substring(0, 8)).param("name", "Nowhere")
                        .param("kind", "CITY").param("country", "XX").param("relationship", "PARTNER")
                        .param("relationshipSince", "2999").param("visibility", "DRAFT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"country-error\"")))
                .andExpect(content().string(containsString("id=\"relationshipSince-error\"")));
        assertThat(DatabaseState.of(jdbc)).isEqualTo(before);
    }
}
