package org.citydiplomacy.portal.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a record's audit rows (Envers' {@code <table>_aud} tables, joined to {@code audit_revision}
 * for who and when) into an {@link AuditTrail}: one statement per table, whatever the number of
 * revisions. Each module's history source says which tables and how a row reads.
 */
@Component
public class AuditTrailReader {

    /** The fields of a record's own audit row, by the names the record's command gives them. */
    @FunctionalInterface
    public interface Fields {
        Map<String, Object> of(ResultSet row) throws SQLException;
    }

    /** Feeds one audit row of a part (revision {@code rev}, Envers' {@code revtype}) to the trail. */
    @FunctionalInterface
    public interface PartRow {
        void add(AuditTrail trail, long rev, int revtype, ResultSet row) throws SQLException;
    }

    private static final String META = "SELECT r.revised_at, r.username, r.imported_from, x.* ";

    private final JdbcClient jdbc;

    AuditTrailReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A trail fed with the record's own rows from {@code <table>_aud}, oldest first. */
    public AuditTrail record(String table, long id, AuditTrail trail, Fields fields) {
        jdbc.sql(META + "FROM " + table + "_aud x JOIN audit_revision r ON r.id = x.rev WHERE x.id = :id ORDER BY x.rev")
                .param("id", id)
                .query((ResultSet rs) -> {
                    long rev = revision(trail, rs);
                    trail.root(rev, rs.getInt("revtype"), rs.getLong("version"), fields.of(rs));
                });
        return trail;
    }

    /**
     * The trail of the record a history's key names by its id, fed with its own rows: a key that is
     * not a number, or a record that does not exist (a record without audit rows, loaded before
     * auditing began, does), is {@code notFound} (given -1 for a key that is not a number).
     */
    public AuditTrail record(String table, String key, AuditTrail trail, Fields fields,
            LongFunction<RuntimeException> notFound) {
        long id;
        try {
            id = Long.parseLong(key);
        }
        catch (NumberFormatException ex) {
            throw notFound.apply(-1);
        }
        record(table, id, trail, fields);
        if (trail.snapshots().isEmpty() && !exists(table, id)) {
            throw notFound.apply(id);
        }
        return trail;
    }

    /** The id of the record with this slug, if there is one. */
    public Optional<Long> idBySlug(String table, String slug) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE slug = :slug").param("slug", slug).query(Long.class)
                .optional();
    }

    /**
     * Feeds the rows of one of the record's parts from {@code <table>_aud} (its {@code owner} column
     * naming the record) to the trail; with {@code partnerSlug}, each row also has the {@code slug} of
     * the partner its {@code partner_id} names (null if none, or if that partner is gone).
     */
    public void parts(AuditTrail trail, String table, String owner, long id, boolean partnerSlug, PartRow row) {
        String partner = partnerSlug ? ", p.slug" : "";
        String join = partnerSlug ? " LEFT JOIN partner p ON p.id = x.partner_id" : "";
        jdbc.sql(META + partner + " FROM " + table + "_aud x JOIN audit_revision r ON r.id = x.rev" + join
                        + " WHERE x." + owner + " = :id")
                .param("id", id)
                .query((ResultSet rs) -> row.add(trail, revision(trail, rs), rs.getInt("revtype"), rs));
    }

    /** A record's list of partners ({@code partners}, by slug, in their order) from {@code <table>_aud}. */
    public void partnerLinks(AuditTrail trail, String table, String owner, long id) {
        parts(trail, table, owner, id, true, (t, rev, revtype, rs) ->
                t.element("partners", rev, revtype, List.of(rs.getLong("partner_id"), rs.getInt("position")),
                        rs.getInt("position"), partner(rs)));
    }

    /** A record's list of people (signatories, participants: see {@link #person}) from {@code <table>_aud}. */
    public void people(AuditTrail trail, String field, String table, String owner, long id) {
        parts(trail, table, owner, id, true, (t, rev, revtype, rs) -> {
            Phrase display = person(rs);
            t.element(field, rev, revtype, List.of(rs.getInt("position"), display.raw()), rs.getInt("position"),
                    display);
        });
    }

    /** Whether the record exists at all (a record without audit rows was loaded before auditing began). */
    public boolean exists(String table, long id) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    /**
     * "Name / 名前, Office / 役職 (Partner: slug)" of a signatory's or participant's row, leaving out
     * what is not known, the side in the reader's language.
     */
    public static Phrase person(ResultSet rs) throws SQLException {
        StringBuilder s = new StringBuilder();
        append(s, "", rs.getString("name"));
        append(s, " / ", rs.getString("name_ja"));
        append(s, s.isEmpty() ? "" : ", ", rs.getString("office"));
        append(s, " / ", rs.getString("office_ja"));
        String who = s.toString();
        String side = rs.getString("side");
        String slug = rs.getString("slug");
        String raw = who + " (" + side + (slug != null ? ": " + slug : "") + ")";
        Phrase sideLabel = Phrase.value("side", side);
        return slug == null ? Phrase.of(raw, "history.person", who, sideLabel)
                : Phrase.of(raw, "history.person.partner", who, sideLabel, slug);
    }

    /** The partner a row names, by its slug, or by its id ({@code #12}) if the partner is gone. */
    public static String partner(ResultSet rs) throws SQLException {
        String slug = rs.getString("slug");
        return slug != null ? slug : "#" + rs.getLong("partner_id");
    }

    private static long revision(AuditTrail trail, ResultSet rs) throws SQLException {
        long rev = rs.getLong("rev");
        trail.revision(rev, rs.getTimestamp("revised_at").toInstant(), rs.getString("username"),
                rs.getString("imported_from"));
        return rev;
    }

    private static void append(StringBuilder s, String separator, String value) {
        if (value != null) {
            s.append(separator).append(value);
        }
    }
}
