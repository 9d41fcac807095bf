package org.citydiplomacy.portal.findable.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.findable.domain.SitemapQueries;
import org.citydiplomacy.portal.findable.domain.SitemapQueries.Entry;
import org.citydiplomacy.portal.findable.domain.SitemapQueries.Summary;
import org.citydiplomacy.portal.platform.web.PublicUrl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /sitemap.xml} is a sitemap index (one statement): the overview pages with partners and
 * networks in one file (two statements), then the published agreements and meetings in files of
 * {@value #RECORDS_PER_FILE} records each (one statement per file). Each record is listed in both
 * languages, so a file holds at most 50,000 addresses, the protocol's limit. Every file is written
 * from a database cursor as it is read: 100,000 agreements are never in memory at once.
 */
@Controller
class SitemapController {

    static final int RECORDS_PER_FILE = 25_000;
    static final String XML = "application/xml;charset=UTF-8";

    private final SitemapQueries queries;
    private final PublicUrl urls;

    SitemapController(SitemapQueries queries, PublicUrl urls) {
        this.queries = queries;
        this.urls = urls;
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletResponse response) throws IOException {
        Summary summary = queries.summary();
        start(response);
        try (SitemapXml index = SitemapXml.index(response.getOutputStream(), urls)) {
            index.sitemap("/sitemap-pages.xml", summary.anythingChanged());
            for (long part = 1; part <= parts(summary.agreements()); part++) {
                index.sitemap("/sitemap-agreements-" + part + ".xml", summary.agreementsChanged());
            }
            for (long part = 1; part <= parts(summary.meetings()); part++) {
                index.sitemap("/sitemap-meetings-" + part + ".xml", summary.meetingsChanged());
            }
        }
    }

    @GetMapping("/sitemap-pages.xml")
    void pages(HttpServletResponse response) throws IOException {
        Summary summary = queries.summary();
        start(response);
        try (SitemapXml sitemap = SitemapXml.urlset(response.getOutputStream(), urls)) {
            OverviewPages.ALL.forEach(page -> sitemap.page(page.path(), page.changed().apply(summary)));
            queries.places(entry -> sitemap.page(path(entry),
                    entry.changed() != null ? entry.changed() : summary.anythingChanged()));
        }
    }

    @GetMapping("/sitemap-agreements-{part:\\d{1,6}}.xml")
    void agreements(@PathVariable int part, HttpServletResponse response) {
        records(part, response, queries::agreements);
    }

    @GetMapping("/sitemap-meetings-{part:\\d{1,6}}.xml")
    void meetings(@PathVariable int part, HttpServletResponse response) {
        records(part, response, queries::meetings);
    }

    /**
     * One file of records. The file is opened at its first record, so that a part beyond the last
     * answers 404; the first part always exists, empty when nothing is published.
     */
    private void records(int part, HttpServletResponse response, Slice slice) {
        if (part < 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        long offset = (long) (part - 1) * RECORDS_PER_FILE;
        SitemapXml[] sitemap = new SitemapXml[1];
        slice.read(offset, RECORDS_PER_FILE, entry -> {
            if (sitemap[0] == null) {
                sitemap[0] = open(response);
            }
            sitemap[0].page(path(entry), entry.changed());
        });
        if (sitemap[0] == null) {
            if (part > 1) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            sitemap[0] = open(response);
        }
        sitemap[0].close();
    }

    private SitemapXml open(HttpServletResponse response) {
        try {
            start(response);
            return SitemapXml.urlset(response.getOutputStream(), urls);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void start(HttpServletResponse response) {
        response.setContentType(XML);
        // The same for every reader, and it changes whenever a record does.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
    }

    private static long parts(long records) {
        return Math.max(1, (records + RECORDS_PER_FILE - 1) / RECORDS_PER_FILE);
    }

    private static String path(Entry entry) {
        return switch (entry.kind()) {
            case "agreement" -> "/agreements/" + entry.key();
            case "meeting" -> "/meetings/" + entry.key();
            case "partner" -> "/partners/" + entry.key();
            case "network" -> "/networks/" + entry.key();
            default -> throw new IllegalStateException("No page for " + entry.kind());
        };
    }

    /** Reads a slice of one kind of record. */
    @FunctionalInterface
    private interface Slice {
        void read(long offset, int limit, Consumer<Entry> sink);
    }
}
