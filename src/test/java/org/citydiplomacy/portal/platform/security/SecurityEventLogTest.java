package org.citydiplomacy.portal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.citydiplomacy.portal.accounts.AccessTokenService;
import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-ins, tokens, account changes and withdrawals each write a line on {@code portal.security};
 * no line carries a password or a token, not even a password typed into the username field.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityEventLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    JsonMapper json;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void writesSecurityEventsWithoutSecrets(CapturedOutput output) throws Exception {
        String admin = StaffAccounts.create(accounts, StaffRole.ADMIN);
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String address = StaffAccounts.uniqueAddress();
        String typedPassword = "Tr0ub4dor&3-typed-as-username";

        mvc.perform(post("/login").param("username", typedPassword).param("password", "some wrong password")
                .with(csrf()).with(from(address)));
        mvc.perform(post("/login").param("username", editor).param("password", "another wrong password")
                .with(csrf()).with(from(address)));
        mvc.perform(post("/login").param("username", editor).param("password", StaffAccounts.PASSWORD)
                .with(csrf()).with(from(address)));
        String issued = mvc.perform(post("/api/v1/tokens").with(httpBasic(admin, StaffAccounts.PASSWORD)).with(from(address)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = json.readTree(issued).get("token").asString();
        mvc.perform(post("/api/v1/agreements/987654321/withdrawal").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        long tokenId = tokens.ofOwner(admin).get(0).id();
        tokens.revokeOwn(tokenId, admin);
        mvc.perform(get("/api/v1/agreements/1/editable").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        accounts.resetPassword(editor, "a brand new passphrase here", admin);
        accounts.deactivate(editor, admin);

        List<String> lines = output.getAll().lines().filter(l -> l.contains(SecurityEvents.LOGGER)).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("event=sign-in.failure", "user=\"(no such account)\"", "address=" + address))
                .anySatisfy(l -> assertThat(l).contains("event=sign-in.failure", "user=" + editor))
                .anySatisfy(l -> assertThat(l).contains("event=sign-in.success", "user=" + editor, "address=" + address))
                .anySatisfy(l -> assertThat(l).contains("event=token.issued", "user=" + admin))
                .anySatisfy(l -> assertThat(l).contains("event=token.used", "user=" + admin))
                .anySatisfy(l -> assertThat(l).contains("event=record.withdrawal", "user=" + admin, "status=404"))
                .anySatisfy(l -> assertThat(l).contains("event=token.revoked", "token_id=" + tokenId))
                .anySatisfy(l -> assertThat(l).contains("event=token.refused"))
                .anySatisfy(l -> assertThat(l).contains("event=account.password-reset", "account=" + editor, "by=" + admin))
                .anySatisfy(l -> assertThat(l).contains("event=account.deactivated", "account=" + editor));
        String all = output.getAll();
        assertThat(all).doesNotContain(typedPassword).doesNotContain(StaffAccounts.PASSWORD)
                .doesNotContain("some wrong password").doesNotContain("another wrong password")
                .doesNotContain("a brand new passphrase here").doesNotContain(token)
                .doesNotContain(token.substring(AccessTokenService.PREFIX.length()));
    }
}
