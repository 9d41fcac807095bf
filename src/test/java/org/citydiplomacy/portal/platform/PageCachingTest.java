package org.citydiplomacy.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Pages answer 304 when nothing changed; assets are versioned by content and cached for a year. */
@PortalTest
class PageCachingTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = { "/", "/agreements?type=JOINT_COMMUNIQUE", "/partners", "/partners/rome", "/meetings",
            "/agreements.atom" })
    void aPublicPageThatDidNotChangeAnswers304(String url) throws Exception {
        MvcResult first = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("W/\"");
        assertThat(first.getResponse().getHeaders("Vary")).anyMatch(v -> v.contains("Accept-Language"));
        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());
        // Another language is another page.
        mvc.perform(get(url).header("If-None-Match", etag).header("Accept-Language", "ja")).andExpect(status().isOk());
    }

    @Test
    void staffPagesAreNeitherStoredNorTagged() throws Exception {
        MvcResult staff = mvc.perform(get("/agreements").with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk()).andReturn();
        assertThat(staff.getResponse().getHeader("ETag")).isNull();
        assertThat(staff.getResponse().getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void theStylesheetIsVersionedByItsContentAndCachedForAYear() throws Exception {
        String href = page(mvc.perform(get("/")).andReturn()).select("link[rel=stylesheet]").attr("href");
        assertThat(href).matches("/assets/css/portal-[0-9a-f]{32}\\.css");
        mvc.perform(get(href))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public"))
                .andExpect(header().string("Content-Type", "text/css"));
    }

    @Test
    void pageLinksAreNotLookedUpAsStaticResources() throws Exception {
        // Only /assets/** is served from the classpath; a page path never resolves to a file.
        mvc.perform(get("/css/portal.css")).andExpect(status().isNotFound());
    }
}
