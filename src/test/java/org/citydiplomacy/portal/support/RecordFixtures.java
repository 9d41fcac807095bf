package org.citydiplomacy.portal.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Committed records for tests that must see what other connections see (streamed exports, other
 * threads): each is inserted for real and deleted again by {@link #deleteAll()}, so the seed is as
 * it was for the next test.
 */
public final class RecordFixtures {

    private final JdbcClient jdbc;
    private final List<Long> agreements = new ArrayList<>();
    private final List<Long> meetings = new ArrayList<>();
    private final List<Long> partners = new ArrayList<>();
    private final List<Long> documents = new ArrayList<>();

    public RecordFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An agreement with one partner, a title in both languages and a full text in each. */
    public long agreement(String title, String titleJa, String visibility, String partnerSlug, String type,
            LocalDate signedOn) {
        long id = jdbc.sql("""
                INSERT INTO agreement (type, title, title_ja, signed_on, signed_on_precision, status, visibility, summary)
                VALUES (:type, :title, :titleJa, :signedOn, 'DAY', 'IN_FORCE', :visibility, :summary) RETURNING id""")
                .param("type", type)
                .param("title", title)
                .param("titleJa", titleJa)
                .param("signedOn", signedOn)
                .param("visibility", visibility)
                .param("summary", "Summary of " + title)
                .query(Long.class)
                .single();
        agreements.add(id);
        jdbc.sql("INSERT INTO agreement_partner (agreement_id, partner_id, position)"
                        + " SELECT :id, id, 0 FROM partner WHERE slug = :slug")
                .param("id", id).param("slug", partnerSlug).update();
        jdbc.sql("INSERT INTO agreement_area (agreement_id, area) VALUES (:id, 'CULTURE')").param("id", id).update();
        jdbc.sql("INSERT INTO agreement_text (agreement_id, language, title, body) VALUES (:id, 'en', :title, :body),"
                        + " (:id, 'ja', :titleJa, :bodyJa)")
                .param("id", id).param("title", title).param("titleJa", titleJa)
                .param("body", "Full English text of " + title)
                .param("bodyJa", "全文（日本語）：" + titleJa)
                .update();
        return id;
    }

    /** A signed document of an agreement. */
    public long document(long agreementId, String language, String filename, byte[] content, String visibility) {
        long id = jdbc.sql("""
                INSERT INTO agreement_document (agreement_id, language, filename, size_bytes, sha256, content, visibility)
                VALUES (:agreement, :language, :filename, :size, :sha, :content, :visibility) RETURNING id""")
                .param("agreement", agreementId)
                .param("language", language)
                .param("filename", filename)
                .param("size", content.length)
                .param("sha", sha256(content))
                .param("content", content)
                .param("visibility", visibility)
                .query(Long.class)
                .single();
        documents.add(id);
        return id;
    }

    public long meeting(String title, String visibility, String partnerSlug, LocalDate heldOn) {
        long id = jdbc.sql("""
                INSERT INTO meeting (title, held_on, held_on_precision, kind, visibility, place)
                VALUES (:title, :heldOn, 'DAY', 'SUMMIT', :visibility, 'Tokyo') RETURNING id""")
                .param("title", title).param("heldOn", heldOn).param("visibility", visibility)
                .query(Long.class).single();
        meetings.add(id);
        jdbc.sql("INSERT INTO meeting_partner (meeting_id, partner_id, position) SELECT :id, id, 0 FROM partner WHERE slug = :slug")
                .param("id", id).param("slug", partnerSlug).update();
        return id;
    }

    public long partner(String slug, String name, String visibility) {
        long id = jdbc.sql("""
                INSERT INTO partner (slug, name, kind, country, relationship, visibility)
                VALUES (:slug, :name, 'CITY', 'FR', 'PARTNER', :visibility) RETURNING id""")
                .param("slug", slug).param("name", name).param("visibility", visibility)
                .query(Long.class).single();
        partners.add(id);
        return id;
    }

    public void deleteAll() {
        for (Long id : documents) {
            jdbc.sql("DELETE FROM agreement_document WHERE id = :id").param("id", id).update();
        }
        documents.clear();
        for (Long id : agreements) {
            jdbc.sql("DELETE FROM agreement WHERE id = :id").param("id", id).update();
        }
        for (Long id : meetings) {
            jdbc.sql("DELETE FROM meeting WHERE id = :id").param("id", id).update();
        }
        for (Long id : partners) {
            jdbc.sql("DELETE FROM agreement_partner WHERE partner_id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM meeting_partner WHERE partner_id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM partner WHERE id = :id").param("id", id).update();
        }
        agreements.clear();
        meetings.clear();
        partners.clear();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
