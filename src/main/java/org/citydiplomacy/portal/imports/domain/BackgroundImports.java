package org.citydiplomacy.portal.imports.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.citydiplomacy.portal.imports.CsvEncoding;
import org.citydiplomacy.portal.imports.ImportFile;
import org.citydiplomacy.portal.imports.ImportJob;
import org.citydiplomacy.portal.imports.ImportJobs;
import org.citydiplomacy.portal.imports.ImportReport;
import org.citydiplomacy.portal.platform.security.CurrentUser;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs the page's imports on a small pool of this instance's own, as the person who started them
 * (their authority, their name on the history, their language in the report). The job's row says how
 * far it is, renewed as the rows go by; see V141 for what happens when the instance stops meanwhile.
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class BackgroundImports implements ImportJobs, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundImports.class);

    /** Imports at once on one instance: each keeps a core and a database connection busy. */
    static final int THREADS = 1;
    /** Imports waiting for a thread; more are refused ("busy") rather than held in memory with their files. */
    static final int WAITING = 8;
    /** How long a running job may go without news before it counts as stopped: many times a slow lot of rows. */
    static final Duration LEASE = Duration.ofMinutes(1);
    /** A waiting job's lease: long enough for every job ahead of it in the queue. */
    static final Duration QUEUED_LEASE = LEASE.multipliedBy(WAITING + 1L);

    private final AgreementImporter importer;
    private final ImportJobStore store;
    private final MessageSource messages;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING), runnable -> {
                Thread thread = new Thread(runnable, "spreadsheet-import");
                thread.setDaemon(true);
                return thread;
            });

    BackgroundImports(AgreementImporter importer, ImportJobStore store, MessageSource messages) {
        this.importer = importer;
        this.store = store;
        this.messages = messages;
    }

    @Override
    public UUID start(ImportFile file, boolean dryRun, Locale locale) {
        byte[] content;
        try (var in = file.content().getInputStream()) {
            content = in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        ImportFile stored = new ImportFile(file.filename(), file.encoding(), new ByteArrayResource(content));
        int rows = AgreementImporter.countRows(stored);
        UUID id = UUID.randomUUID();
        store.insert(id, CurrentUser.name(), stored.filename(), stored.encoding().name(), dryRun, locale.toLanguageTag(),
                content, rows, QUEUED_LEASE);
        Authentication starter = SecurityContextHolder.getContext().getAuthentication();
        try {
            pool.execute(() -> run(id, starter, locale));
        }
        catch (RejectedExecutionException ex) {
            store.fail(id, messages.getMessage("imports.job.busy", null, locale));
        }
        return id;
    }

    @Override
    public ImportJob find(UUID id) {
        ImportJobStore.Stored stored = store.find(id).orElseThrow(() -> RecordNotFoundException.importJob(id));
        if (!stored.owner().equals(CurrentUser.name()) && !CurrentUser.isAdmin()) {
            throw RecordNotFoundException.importJob(id);
        }
        return stored.job();
    }

    private void run(UUID id, Authentication starter, Locale locale) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(starter);
        SecurityContextHolder.setContext(context);
        // Validation messages are written in the language LocaleContextHolder holds.
        LocaleContextHolder.setLocale(locale);
        try {
            ImportJobStore.Stored stored = store.find(id).orElseThrow();
            if (stored.job().state() != ImportJob.State.QUEUED) {
                return;
            }
            store.progress(id, 0, LEASE);
            ImportFile file = new ImportFile(stored.job().fileName(), CsvEncoding.valueOf(stored.encoding()),
                    new ByteArrayResource(store.content(id)));
            ImportReport report = importer.importAgreements(file, stored.job().dryRun(), locale, new ImportListener() {
                @Override
                public void progressed(int rows) {
                    store.progress(id, rows, LEASE);
                }

                @Override
                public void saving(ImportReport saved) {
                    if (!store.finish(id, saved)) {
                        throw new IllegalStateException("Import job " + id + " outlived its lease: not saved");
                    }
                }
            });
            if (!report.saved()) {
                store.finish(id, report);
            }
        }
        catch (InvalidCommandException ex) {
            store.fail(id, String.join(" ", ex.problems().stream()
                    .map(p -> messages.getMessage(p.code(), p.arguments(), p.code(), locale)).toList()));
        }
        catch (RuntimeException ex) {
            log.error("Import job {} failed; nothing was saved", id, ex);
            store.fail(id, messages.getMessage("imports.job.failed", null, locale));
        }
        finally {
            SecurityContextHolder.clearContext();
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        // Graceful shutdown: a running import finishes (seconds); waiting ones are left to their leases.
        pool.getQueue().clear();
        pool.shutdown();
        pool.awaitTermination(20, TimeUnit.SECONDS);
    }
}
