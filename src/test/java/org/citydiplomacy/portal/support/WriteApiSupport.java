package org.citydiplomacy.portal.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builders of write-API requests and bodies shared by the staff API tests. */
public final class WriteApiSupport {

    public static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");
    public static final RequestPostProcessor ADMIN = user("ada").roles("ADMIN");
    /** Signed in, but with no staff role. */
    public static final RequestPostProcessor VISITOR = user("vic").roles("VISITOR");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final long lastPartner;
    private final long lastAgreement;
    private final long lastMeeting;

    /** Notes the last record of each kind, so that {@link #removeCreatedRecords()} can take back what a test added. */
    public WriteApiSupport(MockMvc mvc, JsonMapper json, JdbcClient jdbc) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
        this.lastPartner = maxId("partner");
        this.lastAgreement = maxId("agreement");
        this.lastMeeting = maxId("meeting");
    }

    /**
     * Deletes the partners, agreements and meetings a test created (their parts and documents go
     * with them), so that the tests of the seeded data see the seed alone, in any order. Audit rows
     * stay: they refer to no record row.
     */
    public void removeCreatedRecords() {
        jdbc.sql("DELETE FROM meeting WHERE id > :id").param("id", lastMeeting).update();
        jdbc.sql("DELETE FROM agreement WHERE id > :id").param("id", lastAgreement).update();
        jdbc.sql("DELETE FROM agreement_signatory WHERE partner_id > :id").param("id", lastPartner).update();
        jdbc.sql("DELETE FROM meeting_participant WHERE partner_id > :id").param("id", lastPartner).update();
        jdbc.sql("DELETE FROM partner WHERE id > :id").param("id", lastPartner).update();
    }

    private long maxId(String table) {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM " + table).query(Long.class).single();
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    public Map<String, Object> partner(String slug) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("slug", slug);
        p.put("name", "Testville " + slug);
        p.put("kind", "CITY");
        p.put("country", "FR");
        p.put("relationship", "PARTNER");
        p.put("visibility", "PUBLISHED");
        return p;
    }

    public Map<String, Object> agreement(String title, String... partnerSlugs) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", "MEMORANDUM_OF_UNDERSTANDING");
        a.put("title", title);
        a.put("signedOn", "2026-02-05");
        a.put("partners", List.of(partnerSlugs));
        a.put("areas", List.of("ENVIRONMENT", "CULTURE"));
        a.put("status", "IN_FORCE");
        a.put("visibility", "PUBLISHED");
        a.put("signatories", new ArrayList<>(List.of(Map.of("name", "Koike Yuriko", "office", "Governor of Tokyo",
                "side", "CITY"))));
        a.put("texts", new ArrayList<>(List.of(Map.of("language", "en", "body", "The parties agree."))));
        return a;
    }

    public Map<String, Object> meeting(String title, String... partnerSlugs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("date", "2026-03");
        m.put("kind", "BILATERAL_VISIT");
        m.put("partners", List.of(partnerSlugs));
        m.put("participants", List.of(Map.of("office", "Governor of Tokyo", "side", "CITY")));
        m.put("visibility", "PUBLISHED");
        return m;
    }

    public MockHttpServletRequestBuilder postJson(String url, Object body) {
        return post(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    public MockHttpServletRequestBuilder putJson(String url, Object body) {
        return put(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    /** Creates a record as the editor and answers its JSON (id, version, command). */
    public JsonNode create(String url, Object body) throws Exception {
        MvcResult result = mvc.perform(postJson(url, body).with(EDITOR)).andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("Expected 201 from POST " + url + " but got " + result.getResponse().getStatus()
                    + ": " + result.getResponse().getContentAsString());
        }
        return read(result);
    }

    public String createPartner() throws Exception {
        String slug = unique("testville");
        create("/api/v1/partners", partner(slug));
        return slug;
    }

    public long createAgreement(Map<String, Object> body) throws Exception {
        return create("/api/v1/agreements", body).get("id").asLong();
    }

    public JsonNode getJson(String url, RequestPostProcessor who) throws Exception {
        return read(mvc.perform(get(url).with(who)).andReturn());
    }

    public JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static byte[] realPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] png() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
