package org.citydiplomacy.portal.platform.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A made-up session cookie that decodes to a NUL byte (which a random calendar secret sometimes does)
 * signs nobody in and is no database error.
 */
@PortalTest
class UnreadableSessionCookiesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aSessionCookieDecodingToControlCharactersIsNoSession() throws Exception {
        String value = Base64.getEncoder().encodeToString(new byte[] { 'a', 0, 'b', 0x1f, 'c' });
        mvc.perform(get("/staff").cookie(new Cookie("SESSION", value))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/agreements").cookie(new Cookie("SESSION", value))).andExpect(status().isOk());
    }
}
