package org.citydiplomacy.portal.agreements.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.citydiplomacy.portal.platform.web.CurrentPage;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The agreement listing's pages drawn from frames: a frame is the listing page as its template renders it
 * for one filter, order, page size, language and data version, with marks where the rows, the page links
 * and the page's number go. Every other page number of that listing is the frame with those three
 * written in: the rows and page links are HTML made in Java anyway ({@link ResultListHtml},
 * {@code PaginationHtml}), and the number appears only in the addresses of the page itself (canonical and
 * alternate links, the language switch). Why: a reader or crawler paging through a listing, a new page
 * number each time, paid for the whole template on every page (some 40% of a new page's Java time;
 * issue 13), for a page that differs from the one before only there.
 * <p>
 * Only what is known to be the same on every page number is framed: pages for the public, without input
 * errors, with rows, whose address names its page once as digits. The marks are random for each
 * instance, so no reader can type one into a search; a frame in which they do not each appear as expected
 * is not used, and the page is rendered in full. ListingFramesTest compares framed pages with the same
 * pages rendered in full, byte for byte.
 */
@Component
class ListingFrames {

    /** About 70 KB a frame (its bytes as sent): some 100 listings at once, at most 8 MB. */
    private static final long MAX_BYTES = 8_000_000;

    private static final Pattern PAGE = Pattern.compile("(?:^|&)page=([0-9]{1,9})(?=&|$)");

    static final String TEMPLATE = "agreements/list";

    private final ThymeleafViewResolver views;
    private final boolean enabled;
    private final String pageMark;
    private final String rowsMark;
    private final String linksMark;
    private final Cache<Key, Frame> kept = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Key key, Frame frame) -> frame.weight())
            .build();

    ListingFrames(ThymeleafViewResolver views, @Value("${portal.listing.frames:true}") boolean enabled) {
        this.views = views;
        this.enabled = enabled;
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String mark = HexFormat.of().formatHex(random);
        // Letters and digits only: written as they are in addresses, attribute values and text.
        this.pageMark = "p" + mark;
        this.rowsMark = "r" + mark;
        this.linksMark = "l" + mark;
    }

    /** The view that draws this page from its frame, or null when the page is rendered in full ({@link #TEMPLATE}). */
    View view(AgreementListingView view, long dataVersion, Audience audience, HttpServletRequest request,
            Locale locale) {
        if (!enabled || audience != Audience.PUBLIC || view.errors().any() || view.rows().isEmpty()) {
            return null;
        }
        CurrentPage page = CurrentPage.of(request);
        Matcher number = PAGE.matcher(page.query());
        if (!number.find()) {
            return null;
        }
        String pageNumber = number.group(1);
        int at = number.start(1);
        if (number.find()) {
            return null;
        }
        CurrentPage marked = new CurrentPage(page.path(),
                page.query().substring(0, at) + pageMark + page.query().substring(at + pageNumber.length()));
        return new FramedPage(new Key(dataVersion, locale.getLanguage(), marked), marked, pageNumber, view, locale);
    }

    private record Key(long dataVersion, String language, CurrentPage page) {
    }

    /** A page drawn from the frame of its key, which the first such page renders. */
    private final class FramedPage implements View {

        private final Key key;
        private final CurrentPage marked;
        private final String pageNumber;
        private final AgreementListingView view;
        private final Locale locale;

        FramedPage(Key key, CurrentPage marked, String pageNumber, AgreementListingView view, Locale locale) {
            this.key = key;
            this.marked = marked;
            this.pageNumber = pageNumber;
            this.view = view;
            this.locale = locale;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            Frame frame = kept.getIfPresent(key);
            if (frame == null) {
                frame = draw(model, request, response);
                kept.put(key, frame);
            }
            if (!frame.usable()) {
                template().render(model, request, response);
                return;
            }
            response.setContentType(frame.contentType());
            frame.fill(pageNumber, view.rowsHtml(), view.pagesHtml(), response.getOutputStream());
        }

        /** The template rendered with the marks in place of this page's rows, page links and number. */
        private Frame draw(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            Map<String, Object> marks = new HashMap<>(model);
            marks.put("view", view.withRowsAndPages(rowsMark, linksMark));
            marks.put(CurrentPage.MODEL_ATTRIBUTE, marked);
            Capture capture = new Capture(response);
            template().render(marks, request, capture);
            return Frame.of(capture.text(), capture.getContentType(), Charset.forName(capture.getCharacterEncoding()),
                    pageMark, rowsMark, linksMark);
        }

        private View template() throws Exception {
            return views.resolveViewName(TEMPLATE, locale);
        }
    }

    /**
     * A rendered page cut at its marks: {@code parts} are the text between them, encoded as the page is sent,
     * {@code marks} which one comes after each part but the last (0 the page number, 1 the rows, 2 the page
     * links). Encoded once for the frame: writing the whole page's text through the response's writer
     * encoded some 70 KB of characters for every page, about a tenth of the Java time of a listing page
     * nobody asked for before (JFR, issue 13); now only the rows and page links are.
     */
    record Frame(List<byte[]> parts, int[] marks, String contentType, Charset charset, int weight) {

        static final Frame UNUSABLE = new Frame(List.of(), new int[0], null, null, 1);

        static Frame of(String html, String contentType, Charset charset, String pageMark, String rowsMark,
                String linksMark) {
            List<byte[]> parts = new ArrayList<>();
            List<Integer> marks = new ArrayList<>();
            int[] seen = new int[3];
            String[] all = { pageMark, rowsMark, linksMark };
            int from = 0;
            while (true) {
                int next = -1;
                int which = -1;
                for (int i = 0; i < all.length; i++) {
                    int at = html.indexOf(all[i], from);
                    if (at >= 0 && (next < 0 || at < next)) {
                        next = at;
                        which = i;
                    }
                }
                if (next < 0) {
                    break;
                }
                parts.add(html.substring(from, next).getBytes(charset));
                marks.add(which);
                seen[which]++;
                from = next + all[which].length();
            }
            parts.add(html.substring(from).getBytes(charset));
            if (seen[0] == 0 || seen[1] != 1 || seen[2] != 1) {
                return UNUSABLE;
            }
            return new Frame(List.copyOf(parts), marks.stream().mapToInt(Integer::intValue).toArray(), contentType,
                    charset, parts.stream().mapToInt(part -> part.length).sum());
        }

        boolean usable() {
            return contentType != null;
        }

        /** The page: its parts and, between them, what each mark stands for; written part by part, not copied whole first. */
        void fill(String pageNumber, String rowsHtml, String pagesHtml, OutputStream out) throws IOException {
            for (int i = 0; i < marks.length; i++) {
                out.write(parts.get(i));
                String marked = switch (marks[i]) {
                    case 0 -> pageNumber;
                    case 1 -> rowsHtml;
                    default -> pagesHtml;
                };
                out.write(marked.getBytes(charset));
            }
            out.write(parts.get(marks.length));
        }
    }

    /** The response as written by the template, its headers passed on, its text kept here. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter(80_000);
        private final PrintWriter writer = new PrintWriter(text);

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
