package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WriteApiSupport.EDITOR;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.support.WriteApiSupport;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Invalid input listed field by field, versions required and checked, and only real PDFs accepted. */
@PortalTest
class WriteApiValidationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    WriteApiSupport api;

    @BeforeEach
    void setUp() {
        api = new WriteApiSupport(mvc, json, jdbc);
    }

    @AfterEach
    void removeCreatedRecords() {
        api.removeCreatedRecords();
    }

    @Test
    void listsEveryInvalidFieldOfAnAgreementAndSavesNothing() throws Exception {
        long before = agreementCount();
        Map<String, Object> body = Map.of("title", " ", "partners", List.of("Not A Slug"),
                "texts", List.of(Map.of("language", "not a tag!", "body", "x")),
                "signatories", List.of(Map.of("name", "Someone")));
        mvc.perform(api.postJson("/api/v1/agreements", body).with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                // Without status and visibility a new agreement is an UNKNOWN draft (HostileWritesTest), not an error.
                .andExpect(jsonPath("$.errors[*].field", hasItems("type", "title", "signedOn",
                        "partners[0]", "texts[0].language", "signatories[0].side")))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(hasItem("Required.")));
        assertThat(agreementCount()).isEqualTo(before);
    }

    @Test
    void namesTheFieldOfAValueThatCannotBeRead() throws Exception {
        String partner = api.createPartner();
        Map<String, Object> body = api.agreement("Bad date", partner);
        body.put("signedOn", "2026-13-45");
        mvc.perform(api.postJson("/api/v1/agreements", body).with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signedOn"));
    }

    @Test
    void turnsBusinessConflictsIntoFieldErrors() throws Exception {
        String partner = api.createPartner();
        // A slug already taken.
        mvc.perform(api.postJson("/api/v1/partners", api.partner(partner)).with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("slug"))
                .andExpect(jsonPath("$.errors[0].code").value("validation.partner.slug.taken"));
        // An unknown partner, an unknown related agreement, a text language twice.
        Map<String, Object> body = api.agreement("Conflicts", partner, "no-such-partner");
        body.put("relations", List.of(Map.of("kind", "RENEWS", "agreementId", 999_999)));
        body.put("texts", List.of(Map.of("language", "en", "body", "a"), Map.of("language", "EN", "body", "b")));
        mvc.perform(api.postJson("/api/v1/agreements", body).with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code", containsInAnyOrder("validation.partner.unknown",
                        "validation.agreement.unknown", "validation.text.language.duplicate")))
                .andExpect(jsonPath("$.errors[?(@.field == 'partners[1]')].message")
                        .value(hasItem("There is no partner no-such-partner.")));
        // A relation to itself.
        JsonNode created = api.create("/api/v1/agreements", api.agreement("Self", partner));
        long id = created.get("id").asLong();
        Map<String, Object> self = api.agreement("Self", partner);
        self.put("relations", List.of(Map.of("kind", "AMENDS", "agreementId", id)));
        mvc.perform(api.putJson("/api/v1/agreements/" + id, self).header("If-Match", "\"v0\"").with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("relations[0].agreementId"))
                .andExpect(jsonPath("$.errors[0].code").value("validation.agreement.relation.self"));
        // A visibility only an administrator's withdrawal may set.
        Map<String, Object> withdrawn = api.agreement("Sneaky", partner);
        withdrawn.put("visibility", "WITHDRAWN");
        mvc.perform(api.postJson("/api/v1/agreements", withdrawn).with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("visibility"));
    }

    @Test
    void requiresTheVersionAnUpdateIsBasedOn() throws Exception {
        String partner = api.createPartner();
        long id = api.createAgreement(api.agreement("Needs a version", partner));
        mvc.perform(api.putJson("/api/v1/agreements/" + id, api.agreement("Changed", partner)).with(EDITOR))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(api.putJson("/api/v1/partners/" + partner, api.partner(partner)).with(EDITOR))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(api.putJson("/api/v1/meetings/1", api.meeting("x", partner)).with(EDITOR))
                .andExpect(status().isPreconditionRequired());
        assertThat(title(id)).isEqualTo("Needs a version");
    }

    @Test
    void refusesAStaleEditAndSaysWhatChangedMeanwhile() throws Exception {
        String partner = api.createPartner();
        Map<String, Object> original = api.agreement("Original title", partner);
        long id = api.createAgreement(original);
        String etag = mvc.perform(get("/api/v1/agreements/" + id).with(EDITOR)).andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isEqualTo("\"v0\"");

        Map<String, Object> first = api.agreement("Title saved first", partner);
        first.put("areas", List.of("SPORT"));
        mvc.perform(api.putJson("/api/v1/agreements/" + id, first).header("If-Match", etag).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"v1\""));

        Map<String, Object> second = api.agreement("Title saved second", partner);
        mvc.perform(api.putJson("/api/v1/agreements/" + id, second).header("If-Match", etag).with(EDITOR))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentETag").value("\"v1\""))
                .andExpect(jsonPath("$.changedMeanwhile[?(@.field == 'title')].before").value(hasItem("Original title")))
                .andExpect(jsonPath("$.changedMeanwhile[?(@.field == 'title')].after").value(hasItem("Title saved first")))
                .andExpect(jsonPath("$.changedMeanwhile[*].field", containsInAnyOrder("title", "areas")));
        assertThat(title(id)).isEqualTo("Title saved first");

        // The same for partners and meetings.
        mvc.perform(api.putJson("/api/v1/partners/" + partner, api.partner(partner)).header("If-Match", "\"v0\"").with(EDITOR))
                .andExpect(status().isOk());
        Map<String, Object> renamed = api.partner(partner);
        renamed.put("name", "Renamed");
        mvc.perform(api.putJson("/api/v1/partners/" + partner, renamed).header("If-Match", "\"v0\"").with(EDITOR))
                .andExpect(status().isOk());
        mvc.perform(api.putJson("/api/v1/partners/" + partner, api.partner(partner)).header("If-Match", "\"v0\"").with(EDITOR))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.changedMeanwhile[0].field").value("name"))
                .andExpect(jsonPath("$.changedMeanwhile[0].after").value("Renamed"));
        mvc.perform(api.putJson("/api/v1/agreements/" + id, second).header("If-Match", "something else").with(EDITOR))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void acceptsARealPdfAndStoresItsBytesAndDigest() throws Exception {
        String partner = api.createPartner();
        long id = api.createAgreement(api.agreement("With a PDF", partner));
        byte[] pdf = WriteApiSupport.realPdf();
        mvc.perform(multipart("/api/v1/agreements/{id}/documents", id)
                        .file(new MockMultipartFile("file", "../../etc/Signed \"copy\".PDF", "application/octet-stream", pdf))
                        .param("language", "ja").with(EDITOR))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.language").value("ja"))
                .andExpect(jsonPath("$.filename").value("Signed _copy_.PDF"))
                .andExpect(jsonPath("$.sizeBytes").value(pdf.length))
                .andExpect(jsonPath("$.sha256").value(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))));
        byte[] stored = jdbc.sql("SELECT content FROM agreement_document WHERE agreement_id = :id").param("id", id)
                .query(byte[].class).single();
        assertThat(stored).isEqualTo(pdf);
        mvc.perform(get("/api/v1/agreements/" + id))
                .andExpect(jsonPath("$.documents[0].language").value("ja"))
                .andExpect(header().string("ETag", "\"v1\""));
        // Downloaded under its original name, as an attachment, with the same bytes.
        long documentId = jdbc.sql("SELECT id FROM agreement_document WHERE agreement_id = :id").param("id", id)
                .query(Long.class).single();
        mvc.perform(get("/api/v1/agreements/{id}/documents/{document}", id, documentId))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("Signed _copy_.PDF")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/api/v1/agreements/{id}/documents/{document}", id + 1, documentId))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesFilesThatAreNotPdfsWhateverTheirName() throws Exception {
        String partner = api.createPartner();
        long id = api.createAgreement(api.agreement("Without a PDF", partner));
        byte[][] fakes = { WriteApiSupport.png(), "Just some text, not a PDF.".getBytes(StandardCharsets.UTF_8),
                "%PDF-1.7\nnothing that parses as a PDF follows".getBytes(StandardCharsets.US_ASCII) };
        for (byte[] fake : fakes) {
            mvc.perform(multipart("/api/v1/agreements/{id}/documents", id)
                            .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", fake))
                            .param("language", "en").with(EDITOR))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("file"))
                    .andExpect(jsonPath("$.errors[0].code").value("validation.document.notPdf"));
        }
        mvc.perform(multipart("/api/v1/agreements/{id}/documents", id)
                        .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", WriteApiSupport.realPdf()))
                        .param("language", "not a language").with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        assertThat(jdbc.sql("SELECT count(*) FROM agreement_document WHERE agreement_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws Exception {
        String partner = api.createPartner();
        long id = api.createAgreement(api.agreement("Too big", partner));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        mvc.perform(multipart("/api/v1/agreements/{id}/documents", id)
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                        .param("language", "en").with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("validation.document.tooLarge"))
                .andExpect(jsonPath("$.errors[0].message").value("The file is larger than 10 MB."));
    }

    @Test
    void describesTheWholeApiWithBothAuthenticationSchemesAndTheProblemFormat() throws Exception {
        JsonNode docs = api.read(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn());
        assertThat(docs.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        assertThat(docs.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(docs.at("/components/schemas/Problem/properties/errors").isMissingNode()).isFalse();
        JsonNode paths = docs.get("paths");
        for (String path : List.of("/api/v1/agreements", "/api/v1/agreements/{id}", "/api/v1/agreements/{id}/documents",
                "/api/v1/partners", "/api/v1/partners/{slug}", "/api/v1/meetings", "/api/v1/meetings/{id}",
                "/api/v1/partners/{slug}/timeline")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        JsonNode put = paths.get("/api/v1/agreements/{id}").get("put");
        assertThat(put.at("/security/0/bearerAuth").isArray()).as(put.toString()).isTrue();
        assertThat(put.at("/responses/412/content/application~1problem+json").isMissingNode()).isFalse();
        assertThat(put.at("/responses/428").isMissingNode()).isFalse();
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("style-src 'self' 'unsafe-inline'")));
        // Everywhere else the strict policy stays.
        mvc.perform(get("/")).andExpect(header().string("Content-Security-Policy",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))));
    }

    private long agreementCount() {
        return jdbc.sql("SELECT count(*) FROM agreement").query(Long.class).single();
    }

    private String title(long id) {
        return jdbc.sql("SELECT title FROM agreement WHERE id = :id").param("id", id).query(String.class).single();
    }
}
