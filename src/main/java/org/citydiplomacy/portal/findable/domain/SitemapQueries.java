package org.citydiplomacy.portal.findable.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published records' addresses and when each last changed, one statement per sitemap file. This
 * reads the tables of the agreements, meetings, partners and networks directly rather than through
 * their modules' services: a sitemap needs two columns of every published row, streamed from a
 * cursor, where the services build whole records a page at a time. Only {@code PUBLISHED} rows are
 * ever read (drafts and withdrawn records never appear); networks have no visibility, all are public.
 */
@Repository
@Transactional(readOnly = true)
public class SitemapQueries {

    /** Rows fetched from the cursor at a time: the result is never held in memory as a whole. */
    static final int FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;

    SitemapQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many records of each kind are published, and when each kind last changed. */
    public record Summary(long agreements, long meetings, long partners, Instant agreementsChanged,
            Instant meetingsChanged, Instant partnersChanged) {

        /** The latest change of anything public (null when nothing is published). */
        public Instant anythingChanged() {
            Instant latest = null;
            for (Instant changed : new Instant[] { agreementsChanged, meetingsChanged, partnersChanged }) {
                if (changed != null && (latest == null || changed.isAfter(latest))) {
                    latest = changed;
                }
            }
            return latest;
        }
    }

    /** One address: the record's key (id or slug) and when it last changed (null when unknown). */
    public record Entry(String kind, String key, Instant changed) {
    }

    /**
     * One statement. A listing changes when a record is published, edited or withdrawn: its last change
     * is the newest of those that are not drafts (a withdrawn record's change is its withdrawal).
     */
    public Summary summary() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM agreement WHERE visibility = 'PUBLISHED') AS agreements,
                       (SELECT count(*) FROM meeting WHERE visibility = 'PUBLISHED') AS meetings,
                       (SELECT count(*) FROM partner WHERE visibility = 'PUBLISHED') AS partners,
                       (SELECT max(updated_at) FROM agreement WHERE visibility <> 'DRAFT') AS agreements_changed,
                       (SELECT max(updated_at) FROM meeting WHERE visibility <> 'DRAFT') AS meetings_changed,
                       (SELECT max(updated_at) FROM partner WHERE visibility <> 'DRAFT') AS partners_changed
                """)
                .query((rs, n) -> new Summary(rs.getLong("agreements"), rs.getLong("meetings"), rs.getLong("partners"),
                        instant(rs, "agreements_changed"), instant(rs, "meetings_changed"),
                        instant(rs, "partners_changed")))
                .single();
    }

    /** Published agreements in id order, {@code limit} of them after the first {@code offset}; one statement. */
    public void agreements(long offset, int limit, Consumer<Entry> sink) {
        byId("agreement", offset, limit, sink);
    }

    /** Published meetings in id order, {@code limit} of them after the first {@code offset}; one statement. */
    public void meetings(long offset, int limit, Consumer<Entry> sink) {
        byId("meeting", offset, limit, sink);
    }

    /** @param table {@code agreement} or {@code meeting} (never the caller's words): also the entries' kind */
    private void byId(String table, long offset, int limit, Consumer<Entry> sink) {
        jdbc.sql("""
                SELECT id, updated_at FROM %s WHERE visibility = 'PUBLISHED'
                 ORDER BY id LIMIT :limit OFFSET :offset
                """.formatted(table))
                .param("limit", limit).param("offset", offset)
                .withFetchSize(FETCH_SIZE)
                .query((ResultSet rs) -> sink.accept(new Entry(table, Long.toString(rs.getLong("id")),
                        instant(rs, "updated_at"))));
    }

    /**
     * Published partners, then networks, by slug; one statement. A partner's page shows its timeline,
     * so it last changed when the partner or one of its published agreements or meetings did. Networks
     * keep no time of change: their entry's is null.
     */
    public void places(Consumer<Entry> sink) {
        jdbc.sql("""
                SELECT 'partner' AS kind, p.slug,
                       greatest(p.updated_at,
                                (SELECT max(a.updated_at) FROM agreement_partner ap
                                   JOIN agreement a ON a.id = ap.agreement_id AND a.visibility = 'PUBLISHED'
                                  WHERE ap.partner_id = p.id),
                                (SELECT max(m.updated_at) FROM meeting_partner mp
                                   JOIN meeting m ON m.id = mp.meeting_id AND m.visibility = 'PUBLISHED'
                                  WHERE mp.partner_id = p.id)) AS changed
                  FROM partner p
                 WHERE p.visibility = 'PUBLISHED'
                UNION ALL
                SELECT 'network', n.slug, NULL FROM network n
                 ORDER BY 1 DESC, 2
                """)
                .withFetchSize(FETCH_SIZE)
                .query((ResultSet rs) -> sink.accept(new Entry(rs.getString("kind"), rs.getString("slug"),
                        instant(rs, "changed"))));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
