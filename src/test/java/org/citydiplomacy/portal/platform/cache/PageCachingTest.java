package org.citydiplomacy.portal.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.citydiplomacy.portal.support.StatementCounter;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Public pages are kept per data version and answer 304 when nothing changed; staff pages are never
 * kept; assets are versioned by content and cached for a year.
 */
@PortalTest
class PageCachingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = { "/", "/agreements?type=JOINT_COMMUNIQUE", "/partners", "/partners/rome", "/meetings",
            "/agreements.atom" })
    void aPublicPageThatDidNotChangeAnswers304(String url) throws Exception {
        // An address with a query is kept (and so tagged) from its second request on.
        mvc.perform(get(url)).andExpect(status().isOk());
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
    void anAddressWithAQueryAskedForOnceIsNeitherTaggedNorKept() throws Exception {
        String url = "/agreements?partner=rome&sort=title&size=10";
        StatementCounter.reset();
        MvcResult once = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        assertThat(once.getResponse().getHeader("ETag")).isNull();
        assertThat(once.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
        // The second request renders the page again (the data version, then the page), and keeps it.
        StatementCounter.reset();
        MvcResult twice = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        assertThat(StatementCounter.count()).isGreaterThan(1);
        String etag = twice.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("W/\"");
        assertThat(twice.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(once.getResponse().getContentAsString(StandardCharsets.UTF_8));
        StatementCounter.reset();
        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());
        assertThat(StatementCounter.count()).isEqualTo(1);
    }

    @Test
    void anAddressWithoutAQueryIsKeptFromItsFirstRequest() throws Exception {
        String url = "/partners/sao-paulo";
        String etag = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        assertThat(etag).startsWith("W/\"");
        StatementCounter.reset();
        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());
        assertThat(StatementCounter.count()).isEqualTo(1);
    }

    @Test
    void aKeptPageIsAnsweredWithOneStatementUntilTheDataChanges() throws Exception {
        String url = "/agreements?partner=rome&sort=oldest";
        mvc.perform(get(url)).andExpect(status().isOk());
        String first = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        StatementCounter.reset();
        MvcResult again = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        assertThat(StatementCounter.count()).isEqualTo(1);
        assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(first);
        assertThat(again.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");

        RecordFixtures fixtures = new RecordFixtures(jdbc);
        try {
            fixtures.agreement("Accord on river cruises", "川下りに関する協定", "PUBLISHED", "rome", "OTHER",
                    LocalDate.of(2026, 5, 1));
            Document changed = page(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
            assertThat(changed.text()).contains("Accord on river cruises");
            // Another language is another page, kept on its own.
            Document japanese = page(mvc.perform(get(url).header("Accept-Language", "ja")).andReturn());
            assertThat(japanese.text()).contains("川下りに関する協定");
        }
        finally {
            fixtures.deleteAll();
        }
        assertThat(page(mvc.perform(get(url)).andReturn()).text()).doesNotContain("river cruises");
    }

    @Test
    void concurrentFirstReadersOfAPageRenderItOnce() throws Exception {
        // The same filter in another order: the facet counts are known, the page itself is not.
        StatementCounter.reset();
        mvc.perform(get("/agreements?area=CULTURE&sort=oldest&size=50")).andExpect(status().isOk());
        int oneRender = StatementCounter.count();
        String url = "/agreements?area=CULTURE&sort=title&size=50";
        // A page asked for before (a page asked for once is not kept, so not shared either).
        mvc.perform(get(url)).andExpect(status().isOk());
        int readers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            StatementCounter.reset();
            for (int i = 0; i < readers; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                            .getContentAsString(StandardCharsets.UTF_8);
                }));
            }
            go.countDown();
            Set<String> bodies = new HashSet<>();
            for (Future<String> answer : answers) {
                bodies.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(bodies).hasSize(1);
            // Each reader reads the data version to find the page; the page is made once.
            assertThat(StatementCounter.count()).isLessThanOrEqualTo(readers + oneRender - 1);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeptPageStillSaysItsLanguage() throws Exception {
        mvc.perform(get("/partners/rome").header("Accept-Language", "ja")).andExpect(status().isOk());
        StatementCounter.reset();
        mvc.perform(get("/partners/rome").header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "ja"));
        assertThat(StatementCounter.count()).isEqualTo(1);
    }

    @Test
    void theReadApiIsKeptForAnonymousCallers() throws Exception {
        String url = "/api/v1/agreements?partner=rome";
        mvc.perform(get(url)).andExpect(status().isOk());
        String first = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        StatementCounter.reset();
        MvcResult again = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        assertThat(StatementCounter.count()).isEqualTo(1);
        assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(first);
        assertThat(again.getResponse().getContentType()).startsWith("application/json");
        assertThat(again.getResponse().getHeaders("Vary")).anyMatch(v -> v.contains("Authorization"));
        mvc.perform(get(url).header("If-None-Match", again.getResponse().getHeader("ETag")))
                .andExpect(status().isNotModified());
    }

    @Test
    void aKeptApiRecordKeepsItsVersionAsETag() throws Exception {
        long id = jdbc.sql("SELECT min(id) FROM agreement WHERE visibility = 'PUBLISHED'").query(Long.class).single();
        String etag = mvc.perform(get("/api/v1/agreements/" + id)).andExpect(status().isOk()).andReturn()
                .getResponse().getHeader("ETag");
        assertThat(etag).matches("\"v[0-9]+\"");
        StatementCounter.reset();
        mvc.perform(get("/api/v1/agreements/" + id)).andExpect(status().isOk()).andExpect(header().string("ETag", etag));
        assertThat(StatementCounter.count()).isEqualTo(1);
        mvc.perform(get("/api/v1/agreements/" + id).header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void staffNeverGetAnApiAnswerKeptForThePublic() throws Exception {
        RecordFixtures fixtures = new RecordFixtures(jdbc);
        try {
            fixtures.agreement("Draft accord on tram lines", null, "DRAFT", "rome", "OTHER", LocalDate.of(2026, 8, 1));
            String url = "/api/v1/agreements?partner=rome";
            mvc.perform(get(url)).andExpect(status().isOk());
            mvc.perform(get(url)).andExpect(status().isOk());
            String staff = mvc.perform(get(url).with(user("editor").roles("EDITOR"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(staff).contains("Draft accord on tram lines");
            String anonymous = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(anonymous).doesNotContain("tram lines");
        }
        finally {
            fixtures.deleteAll();
        }
    }

    @Test
    void theLanguageSwitchIsAnsweredFreshWithItsCookie() throws Exception {
        mvc.perform(get("/partners?lang=ja")).andExpect(status().isOk());
        MvcResult second = mvc.perform(get("/partners?lang=ja")).andExpect(status().isOk()).andReturn();
        assertThat(second.getResponse().getCookie("portal-lang").getValue()).isEqualTo("ja");
    }

    @Test
    void aReaderWithASessionIsAnsweredFresh() throws Exception {
        mvc.perform(get("/meetings")).andExpect(status().isOk());
        // A session of its own (the sign-in page opens one for its CSRF token).
        jakarta.servlet.http.Cookie session = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        StatementCounter.reset();
        mvc.perform(get("/meetings").cookie(session))
                .andExpect(status().isOk());
        assertThat(StatementCounter.count()).isGreaterThan(1);
    }

    @Test
    void staffNeverGetAPublicPageKeptForThePublic() throws Exception {
        RecordFixtures fixtures = new RecordFixtures(jdbc);
        try {
            fixtures.agreement("Draft accord on night markets", null, "DRAFT", "rome", "OTHER", LocalDate.of(2026, 8, 1));
            mvc.perform(get("/partners/rome")).andExpect(status().isOk());
            Document staff = page(mvc.perform(get("/partners/rome").with(user("editor").roles("EDITOR"))).andReturn());
            assertThat(staff.text()).contains("Draft accord on night markets");
            assertThat(page(mvc.perform(get("/partners/rome")).andReturn()).text()).doesNotContain("night markets");
        }
        finally {
            fixtures.deleteAll();
        }
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
    void staticFilesCarryThePortalsSecurityHeadersWithoutASession() throws Exception {
        String href = page(mvc.perform(get("/")).andReturn()).select("link[rel=stylesheet]").attr("href");
        MvcResult css = mvc.perform(get(href))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andReturn();
        assertThat(css.getRequest().getSession(false)).isNull();
        assertThat(css.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void pageLinksAreNotLookedUpAsStaticResources() throws Exception {
        // Only /assets/** is served from the classpath; a page path never resolves to a file.
        mvc.perform(get("/css/portal.css")).andExpect(status().isNotFound());
    }
}
