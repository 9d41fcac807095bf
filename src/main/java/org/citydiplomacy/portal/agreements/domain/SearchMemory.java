package org.citydiplomacy.portal.agreements.domain;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionException;

/**
 * What {@link SearchMatchIndex} keeps of the public listing: a {@link SearchSnapshot} and a
 * {@link SearchLexicon}, each at some data version, brought to a newer one in the background (one
 * thread, so one connection at a time) when a search sees it; until then the database answers.
 */
final class SearchMemory {

    private static final Logger log = LoggerFactory.getLogger(SearchMemory.class);

    /** A lexicon is read in full at most once in this many times as long as reading one took. */
    private static final int LEXICON_REST = 5;

    private final JdbcClient jdbc;
    private final SearchLexiconReader lexiconReader;
    private final boolean lexicons;
    private final Executor reader;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile SearchSnapshot snapshot;
    private volatile SearchLexicon lexicon;
    /** When the next lexicon may be read in full ({@link System#nanoTime()}). */
    private volatile long nextFullLexicon = System.nanoTime();

    SearchMemory(JdbcClient jdbc, SearchLexiconReader lexiconReader, boolean lexicons, Executor reader) {
        this.jdbc = jdbc;
        this.lexiconReader = lexiconReader;
        this.lexicons = lexicons;
        this.reader = reader;
    }

    /** The background thread of the portal's searches. */
    static Executor backgroundThread() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "search-snapshot");
            thread.setDaemon(true);
            return thread;
        });
    }

    SearchSnapshot snapshot() {
        return snapshot;
    }

    SearchLexicon lexicon() {
        return lexicon;
    }

    /**
     * Whether the snapshot kept is at {@code version}; if it is older (or there is none), or the lexicon
     * is, they are read in the background and the database answers meanwhile.
     */
    boolean at(long version, Audience audience) {
        SearchSnapshot kept = snapshot;
        SearchLexicon words = lexicon;
        if (kept == null || kept.version < version
                || lexicons && (words == null ? fullLexiconDue() : words.version < version)) {
            readInBackground(audience, version);
        }
        return kept != null && kept.version == version;
    }

    /** Reads what is older than {@code version} (everything if it is unknown) in the background, unless a reading is under way. */
    void readInBackground(Audience audience, long version) {
        if (reading.compareAndSet(false, true)) {
            try {
                reader.execute(() -> {
                    try {
                        refresh(audience, version, false);
                    }
                    finally {
                        reading.set(false);
                    }
                });
            }
            catch (RuntimeException ex) {
                reading.set(false);
                throw ex;
            }
        }
    }

    /**
     * Reads the snapshot unless it is at {@code version}, then the lexicon at the snapshot's version: the
     * changes since the one kept, or all of it unless that was done a moment ago (or {@code now}: tests).
     */
    void refresh(Audience audience, long version, boolean now) {
        try {
            SearchSnapshot kept = snapshot;
            if (kept == null || version == DataVersion.UNKNOWN || kept.version < version) {
                SearchSnapshot read = SearchSnapshot.read(jdbc, audience);
                if (read != null && (kept == null || read.version > kept.version)) {
                    snapshot = read;
                }
            }
            kept = snapshot;
            SearchLexicon words = lexicon;
            if (lexicons && kept != null && (words == null || words.version < kept.version)) {
                SearchLexicon caught = words == null ? null : lexiconReader.catchUp(words, audience);
                if (caught == null && (now || fullLexiconDue())) {
                    long started = System.nanoTime();
                    caught = lexiconReader.full(audience);
                    // After many changes at once, read in full at most a fifth of the time; the database answers between.
                    nextFullLexicon = System.nanoTime() + LEXICON_REST * (System.nanoTime() - started);
                }
                if (caught != null && (lexicon == null || caught.version > lexicon.version)) {
                    lexicon = caught;
                    log.debug("search lexicon at version {}: {} words", caught.version, caught.wordCount());
                }
            }
        }
        catch (DataAccessException | TransactionException ex) {
            // The database is away or busy: searches go on being answered by it, or not at all, as before.
            log.debug("search snapshot or lexicon not read", ex);
        }
    }

    private boolean fullLexiconDue() {
        return System.nanoTime() - nextFullLexicon >= 0;
    }

    void close() {
        if (reader instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
