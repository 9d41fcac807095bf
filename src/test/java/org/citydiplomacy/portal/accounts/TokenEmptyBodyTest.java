package org.citydiplomacy.portal.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The token request's body is optional: an empty one is no body, whatever its declared type. */
@PortalTest
class TokenEmptyBodyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @ParameterizedTest
    @ValueSource(strings = { "application/x-www-form-urlencoded", "text/plain", "application/json", "none" })
    void anEmptyBodyOfAnyTypeIssuesAToken(String type) throws Exception {
        String username = StaffAccounts.create(accounts, StaffRole.EDITOR);
        MockHttpServletRequestBuilder request = post("/api/v1/tokens")
                .with(httpBasic(username, StaffAccounts.PASSWORD))
                .with(r -> {
                    r.setRemoteAddr(StaffAccounts.uniqueAddress());
                    return r;
                })
                .content(new byte[0]);
        if (!type.equals("none")) {
            request.contentType(type);
        }
        mvc.perform(request).andExpect(status().isCreated()).andExpect(jsonPath("$.token").isString());
    }

    @org.junit.jupiter.api.Test
    void aTokenNameThatCannotBeStoredIsRefused() throws Exception {
        String username = StaffAccounts.create(accounts, StaffRole.EDITOR);
        mvc.perform(post("/api/v1/tokens").with(httpBasic(username, StaffAccounts.PASSWORD))
                        .with(r -> {
                            r.setRemoteAddr(StaffAccounts.uniqueAddress());
                            return r;
                        })
                        .contentType("application/json").content("{\"name\":\"a\\u0000b\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }
}
