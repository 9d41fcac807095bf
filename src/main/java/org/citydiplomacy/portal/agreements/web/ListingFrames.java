package org.citydiplomacy.portal.agreements.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.platform.web.CurrentPage;
import org.citydiplomacy.portal.platform.web.FilterSelect;
import org.citydiplomacy.portal.platform.web.HtmlEscaping;
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
 * A search by words alone is framed the same way, with its words, count and options as marks too: every new
 * word was a new address, rendered in full (56% of a new word's request-thread time in JFR; issue 13).
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
    private static final Pattern WORDS = Pattern.compile("(?:^|&)q=([^&]*)(?=&|$)");

    static final String TEMPLATE = "agreements/list";

    private final ThymeleafViewResolver views;
    private final boolean enabled;
    /** What every mark holds: found anywhere but in a whole mark, the frame is not used. */
    private final String markCore;
    private final String pageMark;
    private final String rowsMark;
    private final String linksMark;
    private final String countMark;
    private final String[] selectMarks;
    /** The words as text, as the address's q (encoded as QueryLinks does), and as the reader's address had them. */
    private final String wordsMark;
    private final String addressWordsMark;
    private final String rawWordsMark;
    private final Cache<Key, ListingFrame> kept = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Key key, ListingFrame frame) -> frame.weight())
            .build();

    ListingFrames(ThymeleafViewResolver views, @Value("${portal.listing.frames:true}") boolean enabled) {
        this.views = views;
        this.enabled = enabled;
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        // Letters and digits only: written as they are in addresses, attribute values and text. Upper case
        // in the core, so that a mark lowered on its way into the page (as a search's words are) is noticed.
        String mark = HexFormat.of().withUpperCase().formatHex(random);
        this.markCore = mark;
        this.pageMark = "p" + mark;
        this.rowsMark = "r" + mark;
        this.linksMark = "l" + mark;
        this.countMark = "c" + mark;
        this.selectMarks = new String[AgreementListingView.SELECTS];
        for (int i = 0; i < selectMarks.length; i++) {
            selectMarks[i] = "s" + i + mark;
        }
        this.wordsMark = "w" + mark;
        this.addressWordsMark = "wq" + mark;
        this.rawWordsMark = "wr" + mark;
    }

    /**
     * The view that draws this page from its frame, or null when the page is rendered in full ({@link #TEMPLATE}).
     * {@code searched} gives the same page's view for other words, written as the two marks it is given (as
     * text, and as the address's {@code q}): a search by words alone is framed with its words, count and
     * options as marks too, so that every search of that shape is drawn from one frame.
     */
    View view(AgreementListingView view, long dataVersion, Audience audience, HttpServletRequest request,
            Locale locale, BiFunction<String, String, AgreementListingView> searched) {
        if (!enabled || audience != Audience.PUBLIC || view.errors().any() || view.rows().isEmpty()) {
            return null;
        }
        CurrentPage page = CurrentPage.of(request);
        String query = page.query();
        Matcher number = PAGE.matcher(query);
        int pageAt = -1;
        String pageNumber = null;
        if (number.find()) {
            pageNumber = number.group(1);
            pageAt = number.start(1);
            if (number.find()) {
                return null;
            }
        }
        Matcher word = WORDS.matcher(query);
        int wordsAt = -1;
        String rawWords = null;
        if (searched != null && wordsAlone(view.filter()) && word.find()) {
            rawWords = word.group(1);
            wordsAt = word.start(1);
            if (word.find()) {
                return null;
            }
        }
        if (pageNumber == null && rawWords == null) {
            return null;
        }
        // The page number and the words replaced by their marks, the later one first.
        StringBuilder marked = new StringBuilder(query);
        if (pageAt > wordsAt) {
            marked.replace(pageAt, pageAt + pageNumber.length(), pageMark);
        }
        if (rawWords != null) {
            marked.replace(wordsAt, wordsAt + rawWords.length(), rawWordsMark);
        }
        if (pageNumber != null && pageAt < wordsAt) {
            marked.replace(pageAt, pageAt + pageNumber.length(), pageMark);
        }
        CurrentPage markedPage = new CurrentPage(page.path(), marked.toString());
        Key key = new Key(dataVersion, locale.getLanguage(), markedPage, view.countsHidden());
        if (rawWords == null) {
            return new FramedPage(key, markedPage, () -> view.withRowsAndPages(rowsMark, linksMark),
                    new String[] { pageMark, rowsMark, linksMark },
                    new int[] { 1, ListingFrame.ONCE, ListingFrame.ONCE },
                    new String[] { pageNumber, view.rowsHtml(), view.pagesHtml() }, locale);
        }
        String words = view.filter().query();
        // Built only when the frame is drawn: a second view for every search was a tenth of a search's Java time.
        Supplier<AgreementListingView> drawn = () -> searched.apply(wordsMark, addressWordsMark)
                .withMarks(rowsMark, linksMark, countMark, selectMarks);
        List<String> marks = new ArrayList<>(List.of(rowsMark, linksMark, countMark, wordsMark, addressWordsMark,
                rawWordsMark));
        int once = ListingFrame.ONCE;
        List<Integer> least = new ArrayList<>(List.of(once, once, once, 1, 1, 0));
        List<String> values = new ArrayList<>(List.of(view.rowsHtml(), view.pagesHtml(), view.countText(),
                escaped(words), URLEncoder.encode(words, StandardCharsets.UTF_8), escaped(rawWords)));
        List<FilterSelect> selects = view.selects();
        for (int i = 0; i < selectMarks.length; i++) {
            marks.add(selectMarks[i]);
            least.add(once);
            values.add(selects.get(i).optionsHtml());
        }
        if (pageNumber != null) {
            marks.add(pageMark);
            least.add(1);
            values.add(pageNumber);
        }
        return new FramedPage(key, markedPage, drawn, marks.toArray(String[]::new),
                least.stream().mapToInt(Integer::intValue).toArray(), values.toArray(String[]::new), locale);
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        HtmlEscaping.escape(text, out);
        return out.toString();
    }

    /** Words and nothing else narrow the listing: its options and count depend on nothing but the words. */
    private static boolean wordsAlone(AgreementFilter filter) {
        return filter.query() != null && filter.partner() == null && filter.type() == null && filter.area() == null
                && filter.from() == null && filter.to() == null;
    }

    private record Key(long dataVersion, String language, CurrentPage page, boolean countsHidden) {
    }

    /** A page drawn from the frame of its key, which the first such page renders. */
    private final class FramedPage implements View {

        private final Key key;
        private final CurrentPage marked;
        /** The view as the frame is drawn: marks where this page's own values go. */
        private final Supplier<AgreementListingView> drawn;
        private final String[] marks;
        private final int[] least;
        private final String[] values;
        private final Locale locale;

        FramedPage(Key key, CurrentPage marked, Supplier<AgreementListingView> drawn, String[] marks, int[] least,
                String[] values, Locale locale) {
            this.key = key;
            this.marked = marked;
            this.drawn = drawn;
            this.marks = marks;
            this.least = least;
            this.values = values;
            this.locale = locale;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            ListingFrame frame = kept.getIfPresent(key);
            if (frame == null) {
                frame = draw(model, request, response);
                kept.put(key, frame);
            }
            if (!frame.usable()) {
                template().render(model, request, response);
                return;
            }
            response.setContentType(frame.contentType());
            frame.fill(values, response.getOutputStream());
        }

        /** The template rendered with the marks in place of this page's own values. */
        private ListingFrame draw(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            Map<String, Object> marked = new HashMap<>(model);
            AgreementListingView markedView = drawn.get();
            marked.put("view", markedView);
            marked.put("feedUrl", markedView.feedUrl());
            marked.put(CurrentPage.MODEL_ATTRIBUTE, this.marked);
            Capture capture = new Capture(response);
            template().render(marked, request, capture);
            Charset charset = Charset.forName(capture.getCharacterEncoding());
            return ListingFrame.of(capture.text(), capture.getContentType(), charset, markCore, marks, least);
        }

        private View template() throws Exception {
            return views.resolveViewName(TEMPLATE, locale);
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
