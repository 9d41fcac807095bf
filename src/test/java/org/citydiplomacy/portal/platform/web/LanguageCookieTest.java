package org.citydiplomacy.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class LanguageCookieTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theLanguageCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverHttp() throws Exception {
        String cookie = mvc.perform(get("/agreements").param("lang", "ja")).andReturn().getResponse()
                .getHeader(HttpHeaders.SET_COOKIE);
        assertThat(cookie).startsWith("portal-lang=ja").contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void theLanguageCookieIsSecureWhenTheRequestIs() throws Exception {
        String cookie = mvc.perform(get("/agreements").param("lang", "ja").secure(true)).andReturn().getResponse()
                .getHeader(HttpHeaders.SET_COOKIE);
        assertThat(cookie).startsWith("portal-lang=ja").contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }
}
