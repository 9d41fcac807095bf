package org.citydiplomacy.portal.platform.cache;

import org.citydiplomacy.portal.platform.database.DatabaseOutages;
import org.citydiplomacy.portal.platform.web.CurrentPage;
import org.citydiplomacy.portal.platform.security.ReaderAudience;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citydiplomacy.portal.shared.DataVersion;
import org.citydiplomacy.portal.shared.Office;
import org.citydiplomacy.portal.shared.SecondAsks;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Public pages and public API answers, rendered once per data version. A public page depends only on the data, the
 * address, the reader's language and the office's day (an agreement's citation says when it was read, a
 * partner's timeline how many years have passed since its last event), so
 * the newest rendering of a page is kept per {@code (language, address)} with the data version and
 * day it was made at (from its second request when its address has a query), and answered again
 * without running the controller or the template while both still hold: one statement (the data
 * version) per request. Any change to the data moves the
 * version forward (triggers, migration V20), so a kept page is never answered after its data
 * changed, whichever instance changed it, except while the database is away: then the data version
 * cannot be read, and the newest kept copy is answered with {@code Portal-Stale: true} (a reader
 * still sees the listing); an address never kept answers 503.
 * <p>
 * Every kept page carries a weak ETag of its bytes (an API record keeps its own, its version): a
 * browser or cache that has the page gets 304. Public readers get {@code Cache-Control: no-cache}
 * (store, but always revalidate) and {@code Vary} on the language and credential inputs. Staff pages (which show drafts) are never kept, tagged or stored:
 * {@code private, no-store}. Only the pages the modules declare ({@link KeptPages}): exports and downloads stream and are
 * never buffered. Requests that switch the language set a cookie, and readers with a session may
 * see something of their own: neither is kept nor answered from what was kept.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Set on a page answered from the kept copy while the database (and so the data version) is away. */
    static final String STALE_HEADER = "Portal-Stale";

    private final KeptPaths pages;
    private final ReaderAudience audience;
    private final DataVersion dataVersion;
    private final LocaleResolver locales;
    private final PageCacheProperties properties;
    private final Cache<Key, Kept> cache;
    /** Concurrent first requests for the same page at the same data version render it once. */
    private final RenderCoalescer<Rendering, Page> firstRenders = new RenderCoalescer<>(10_000);
    /**
     * The addresses with a query asked for once: such a page is kept from its second request on. The
     * long tail of addresses, a page number, a filter or a word nobody asked for before, is in the query,
     * and most of it is asked for once; keeping each of those pages cost a copy and a digest of it and
     * pushed out those that are read (issue 13). An address without a query (a record, a section, a
     * feed) is kept from its first request, as before.
     */
    private final SecondAsks queries = new SecondAsks();

    PageCacheFilter(KeptPaths pages, ReaderAudience audience, DataVersion dataVersion, LocaleResolver locales,
            PageCacheProperties properties) {
        this.audience = audience;
        this.dataVersion = dataVersion;
        this.locales = locales;
        this.properties = properties;
        this.pages = pages;
        // Evictions run on the request's thread, not handed to the common pool: two wake-ups of another
        // thread for every page nobody asked for before, on two cores, were 3% of the portal's time (issue 13).
        this.cache = Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((Key key, Kept kept) -> kept.page().body().length + key.url().length() + 200)
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !pages.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (audience.current().isStaff()) {
            // Staff pages are few and never kept: the slot taken before the reader was known is given back,
            // so a staff page is made without one.
            RenderSlots.release(request);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie, Authorization");
        // A reader with a session may see something of their own (a form's CSRF token): never kept.
        boolean keep = properties.enabled() && request.getParameter(CurrentPage.LANGUAGE_PARAMETER) == null
                && request.getSession(false) == null;
        Key key = keep ? key(request) : null;
        Kept kept = keep ? cache.getIfPresent(key) : null;
        if (kept == null && keep && request.getQueryString() != null
                && !queries.again(key)) {
            // An address with a query asked for the first time: answered as rendered, neither copied nor
            // kept. The data version is not read for it here: only what the page reads needs it, and a
            // page that reads it along with its rows (an API page) is one statement instead of two (issue 13).
            // With the database away, the page's own first statement answers 503 (PageErrorAdvice, ApiProblemAdvice).
            // Made into a buffer, so that its render slot is given back before a slow reader reads it.
            ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, rendering);
            RenderSlots.release(request);
            rendering.copyBodyToResponse();
            return;
        }
        long version = 0;
        if (keep) {
            try {
                version = dataVersion.current();
            }
            catch (RuntimeException ex) {
                // The database is away: the newest copy kept of this page, said to be possibly stale,
                // is better than no page; without one the error page answers 503 (a page or problem+json).
                if (!DatabaseOutages.causedBy(ex)) {
                    throw ex;
                }
                RenderSlots.release(request);
                if (kept == null) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutages.RETRY_AFTER_SECONDS));
                    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                    return;
                }
                response.setHeader(STALE_HEADER, "true");
                answer(kept.page(), request, response);
                return;
            }
            if (kept != null && kept.version() == version && kept.day().equals(Office.today())) {
                answer(kept.page(), request, response);
                return;
            }
        }
        long renderedAt = version;
        Page page = keep
                ? firstRenders.render(new Rendering(renderedAt, key), () -> render(request, response, chain, key, renderedAt),
                        kept(key), () -> RenderSlots.release(request))
                : render(request, response, chain, null, 0);
        if (page != null) {
            answer(page, request, response);
        }
    }

    /** A rendered page is shared with requests that waited for it only once it is kept. */
    private Predicate<Page> kept(Key key) {
        return page -> {
            Kept kept = cache.getIfPresent(key);
            return kept != null && kept.page() == page;
        };
    }

    /**
     * Runs the controller and the template; keeps the page if {@code key} is given and it may be
     * kept. Returns the page to answer, or null when the answer was written already (not a 200).
     */
    private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Key key, long version)
            throws ServletException, IOException {
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        byte[] body = rendering.getContentAsByteArray();
        RenderSlots.release(request);
        if (rendering.getStatus() != HttpServletResponse.SC_OK || request.isAsyncStarted()) {
            rendering.copyBodyToResponse();
            return null;
        }
        String etag = rendering.getHeader(HttpHeaders.ETAG);
        Page page = new Page(rendering.getContentType(), rendering.getHeader(HttpHeaders.CONTENT_LANGUAGE), body,
                etag != null ? etag : etagOf(body));
        if (key != null && body.length <= properties.maxPageSize().toBytes()
                && !response.containsHeader(HttpHeaders.SET_COOKIE) && request.getSession(false) == null) {
            cache.put(key, new Kept(version, Office.today(), page));
        }
        // The wrapper's body is dropped: the page is answered from what was kept.
        rendering.resetBuffer();
        return page;
    }

    /**
     * A weak ETag of a page's bytes: the first 128 bits of their SHA-256. Not MD5: JDKs compute SHA-256 with the
     * processor's SHA instructions where it has them, in 36 µs for a 68 KB listing page against MD5's 77 µs, and
     * MD5 had become 7% of the Java time of a listing page nobody asked for before (issue 13).
     */
    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        }
        catch (NoSuchAlgorithmException e) {
            // Every Java platform has SHA-256 (MessageDigest's Javadoc).
            throw new IllegalStateException(e);
        }
    }

    /**
     * The address as given (its raw query: the language switch repeats it) and the parameters as
     * read (in case a client sent others than those of the query).
     */
    private Key key(HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        StringBuilder url = new StringBuilder(request.getRequestURL());
        String query = request.getQueryString();
        if (query != null) {
            url.append('?').append(query);
        }
        url.append('|');
        request.getParameterMap().forEach((name, values) -> url.append(name).append('=')
                .append(String.join("\u0000", values)).append('&'));
        return new Key(locale.getLanguage(), url.toString());
    }

    private static void answer(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        RenderSlots.release(request);
        response.setHeader(HttpHeaders.ETAG, page.etag());
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    /** Weak comparison (RFC 9110 §13.1.2), as for GET. */
    private static boolean matches(String ifNoneMatch, String etag) {
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals(opaque) || tag.equals("W/" + opaque)) {
                return true;
            }
        }
        return false;
    }

    private record Key(String language, String url) {
    }

    /** One page at one data version: what concurrent first readers share. */
    private record Rendering(long version, Key key) {
    }

    /** The newest rendering of one address in one language, and the data version and day it was made at. */
    private record Kept(long version, LocalDate day, Page page) {
    }

    private record Page(String contentType, String contentLanguage, byte[] body, String etag) {
    }
}
