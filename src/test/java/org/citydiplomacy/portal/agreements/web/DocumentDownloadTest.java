package org.citydiplomacy.portal.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.citydiplomacy.portal.support.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A signed document answers the same, streamed, with the same headers, from the page's link and from the API. */
@PortalTest
class DocumentDownloadTest {

    private static final String SANDBOX = "sandbox; default-src 'none'";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    RecordFixtures fixtures;
    long rome;
    byte[] pdf = "%PDF-1.7\nsigned communiqué\n%%EOF".getBytes(StandardCharsets.UTF_8);
    long document;

    @BeforeEach
    void setUp() {
        fixtures = new RecordFixtures(jdbc);
        rome = jdbc.sql("SELECT id FROM agreement WHERE title = :t").param("t", AgreementPageTest.ROME_TITLE)
                .query(Long.class).single();
        document = fixtures.document(rome, "ja", "共同コミュニケ \"ローマ\".pdf", pdf, "PUBLISHED");
    }

    @AfterEach
    void cleanUp() {
        fixtures.deleteAll();
    }

    private String url(String prefix) {
        return prefix + "/agreements/" + rome + "/documents/" + document;
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "/api/v1" })
    void answersWithTheSameHeadersOnBothAddresses(String prefix) throws Exception {
        StatementCounter.reset();
        MockHttpServletResponse response = mvc.perform(get(url(prefix))).andExpect(status().isOk())
                .andExpect(content().bytes(pdf)).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeaders("Content-Disposition")).containsExactly("attachment; filename=\"_______ _____.pdf\"; "
                + "filename*=UTF-8''%E5%85%B1%E5%90%8C%E3%82%B3%E3%83%9F%E3%83%A5%E3%83%8B%E3%82%B1%20"
                + "%22%E3%83%AD%E3%83%BC%E3%83%9E%22.pdf");
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getHeaders("Content-Security-Policy")).containsExactly(SANDBOX);
        assertThat(response.getHeaders("Cache-Control")).containsExactly("no-cache");
        assertThat(response.getHeader("ETag")).isEqualTo("\"" + RecordFixtures.sha256(pdf) + "\"");
        assertThat(response.getContentLengthLong()).isEqualTo(pdf.length);
        // The metadata, then one slice: the file is streamed on both addresses.
        assertThat(StatementCounter.count()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "/api/v1" })
    void answersNotModifiedToAReaderThatHasTheFile(String prefix) throws Exception {
        String etag = "\"" + RecordFixtures.sha256(pdf) + "\"";
        StatementCounter.reset();
        MockHttpServletResponse response = mvc.perform(get(url(prefix)).header("If-None-Match", etag))
                .andExpect(status().isNotModified()).andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(StatementCounter.count()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "/api/v1" })
    void neverLetsAStaffDownloadBeStored(String prefix) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url(prefix)).with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf)).andReturn().getResponse();
        assertThat(response.getHeaders("Cache-Control")).isEqualTo(List.of("private, no-store"));
        assertThat(response.getHeaders("Content-Security-Policy")).containsExactly(SANDBOX);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "/api/v1" })
    void findsNoDraftDocumentForThePublic(String prefix) throws Exception {
        long draft = fixtures.document(rome, "en", "draft.pdf", pdf, "DRAFT");
        MockHttpServletResponse response = mvc.perform(get(prefix + "/agreements/" + rome + "/documents/" + draft))
                .andExpect(status().isNotFound()).andReturn().getResponse();
        // The page's address answers the error page, the API's a problem.
        assertThat(response.getContentType()).startsWith(prefix.isEmpty() ? "text/html" : "application/problem+json");
    }
}
