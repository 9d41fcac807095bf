package org.citydiplomacy.portal.agreements.domain;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.citydiplomacy.portal.shared.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a {@link SearchLexicon}: every public agreement's words once, then only the agreements whose words
 * or visibility changed since the version held ({@code agreement_search_change}, V172).
 */
final class SearchLexiconReader {

    /** Changes are logged for a day (V172): a lexicon read longer ago than half of that is read again in full. */
    private static final long CHANGES_KEPT_NANOS = TimeUnit.HOURS.toNanos(12);
    /** More changed agreements than this are read in full: each one changed is looked for in every word. */
    private static final int MOST_CHANGES = 1_000;

    /** An agreement's words as one text, and the data version, as both statements select them. */
    private static final String WORDS_AND_VERSION = "array_to_string(tsvector_to_array(a.search_vector), chr(1)) AS words,"
            + " (SELECT version FROM data_version WHERE id) AS data_version";

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    SearchLexiconReader(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * {@code held} brought to the current version from the changes logged since its version; null when it
     * is to be read in full (too old, too many changes, or the agreements emptied).
     */
    SearchLexicon catchUp(SearchLexicon held, Audience audience) {
        long started = System.nanoTime();
        return started - held.readAt < CHANGES_KEPT_NANOS ? changes(held, audience, started) : null;
    }

    /** Every public agreement's words at the current version; null if the ids are too sparse for bit sets. */
    SearchLexicon full(Audience audience) {
        long started = System.nanoTime();
        return readOnly.execute(status -> full(audience, started));
    }

    /**
     * Every public agreement's words, a row at a time through a cursor (some 470 MB of text at 100,000
     * agreements), set as bits straight away; null when the ids are too sparse for bit sets over them.
     */
    private SearchLexicon full(Audience audience, long started) {
        long[] version = { -1 };
        WordBits bits = new WordBits();
        boolean[] sparse = { false };
        jdbc.sql("SELECT a.id, " + WORDS_AND_VERSION + " FROM agreement a WHERE a.visibility IN (:visible)")
                .param("visible", audience.visibleValues())
                .withFetchSize(256)
                .query((ResultSet rs) -> {
                    version[0] = rs.getLong("data_version");
                    long id = rs.getLong("id");
                    if (!WordBits.fits(id)) {
                        sparse[0] = true;
                        return;
                    }
                    bits.addAll(rs.getString("words"), (int) id);
                });
        if (sparse[0] || version[0] < 0) {
            return null;
        }
        return bits.lexicon(version[0], started);
    }

    /** {@code held} with the agreements changed since its version read again; null when they are to be read in full. */
    private SearchLexicon changes(SearchLexicon held, Audience audience, long started) {
        long[] version = { -1 };
        Map<Integer, String[]> changed = new HashMap<>();
        boolean[] full = { false };
        jdbc.sql("SELECT c.agreement_id, a.id, " + WORDS_AND_VERSION
                        + " FROM (SELECT DISTINCT agreement_id FROM agreement_search_change WHERE version > :since LIMIT :most) c"
                        + " LEFT JOIN agreement a ON a.id = c.agreement_id AND a.visibility IN (:visible)"
                        + " UNION ALL SELECT NULL, NULL, NULL, (SELECT version FROM data_version WHERE id)")
                .param("since", held.version)
                // One more than are read from the changes, so that a bulk change is not held in memory to be dropped.
                .param("most", MOST_CHANGES + 1)
                .param("visible", audience.visibleValues())
                .query((ResultSet rs) -> {
                    version[0] = rs.getLong("data_version");
                    long id = rs.getLong("agreement_id");
                    if (rs.wasNull()) {
                        return;
                    }
                    if (!WordBits.fits(id) || changed.size() >= MOST_CHANGES) {
                        full[0] = true;
                        return;
                    }
                    String words = rs.getString("words");
                    List<String> list = new ArrayList<>();
                    if (words != null) {
                        WordBits.eachWord(words, (from, to) -> list.add(words.substring(from, to)));
                    }
                    changed.put((int) id, words == null ? null : list.toArray(String[]::new));
                });
        if (full[0] || version[0] < held.version) {
            return null;
        }
        return held.withChanges(changed, version[0], started);
    }
}
