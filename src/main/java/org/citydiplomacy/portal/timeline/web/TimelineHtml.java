package org.citydiplomacy.portal.timeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.platform.web.HtmlEscaping;
import org.citydiplomacy.portal.timeline.PartnerPage;
import org.citydiplomacy.portal.timeline.TimelineEvent;
import org.springframework.context.MessageSource;

/**
 * A partner's {@code <ol class="timeline">}, written as HTML here and placed by {@code partners/show.html}
 * with {@code th:utext}. Why: the template's markup evaluated about 12 expressions and one fragment an
 * event; with 300 events that was most of a fresh partner page (84% of its samples in Thymeleaf, 25 ms
 * of Java a page; issue 13, the first readers after a save). Here they are string appends.
 * <p>
 * What is written is byte for byte what that markup wrote, whitespace included (TimelineHtmlTest renders
 * the markup, kept in the tests, and compares): texts and attribute values escaped as Thymeleaf escapes
 * them ({@link HtmlEscaping}), an attribute with no value left out, the messages as {@code #{...}} reads
 * them, the date as {@code ${{date}}} prints it. Addresses are written as they are, as {@code @{...}}
 * wrote them: the portal never puts a session id into an address (Spring Security's DisableEncodeUrlFilter).
 * <p>
 * The list comes in pieces of about {@value #PIECE_CHARACTERS} characters, placed one after the other: written as one
 * string, a 300-event timeline (over 210,000 characters, two bytes each once a title is not Latin-1) grew its builder to
 * an 824 kB array, which G1 allocates as a humongous object with the 1 MB regions of a 256 MB heap, and each such
 * allocation may start a marking cycle: with Thymeleaf's own page buffer ({@code PageBufferView}), 294-414 of them in 40 s
 * of fresh partner pages (issue 13, the first readers after a save).
 */
final class TimelineHtml {

    /** A piece is closed after the event that takes it past this; a builder of 8,192 characters rarely grows. */
    private static final int PIECE_CHARACTERS = 7_500;

    private TimelineHtml() {
    }

    /** The timeline's list, in pieces to be written one after the other; none without events (the page says so). */
    static List<String> of(PartnerPage timeline, Locale locale, MessageSource messages) {
        if (timeline.events().isEmpty()) {
            return List.of();
        }
        boolean japanese = "ja".equals(locale.getLanguage());
        List<String> pieces = new ArrayList<>();
        StringBuilder out = new StringBuilder(8_192);
        out.append("<ol class=\"timeline\">\n              ");
        for (TimelineEvent e : timeline.events()) {
            out.append("\n                ");
            if (e.followsQuietPeriod()) {
                quiet(e.yearsSincePrevious(), "<li class=\"timeline__gap\">\n                  <span>",
                        "</span>\n                </li>", locale, messages, out);
            }
            event(e, japanese, locale, messages, out);
            out.append("\n              ");
            if (out.length() >= PIECE_CHARACTERS) {
                pieces.add(out.toString());
                out.setLength(0);
            }
        }
        out.append("\n              ");
        Integer quietSinceLast = timeline.yearsQuietSinceLast();
        if (quietSinceLast != null) {
            quiet(quietSinceLast, "<li class=\"timeline__gap timeline__gap--to-today\">\n                <span>",
                    "</span>\n              </li>", locale, messages, out);
        }
        out.append("\n              ");
        if (quietSinceLast != null) {
            out.append("<li class=\"timeline__today\">");
            text(messages.getMessage("timeline.today", null, locale), out);
            out.append("</li>");
        }
        pieces.add(out.append("\n            </ol>").toString());
        return pieces;
    }

    private static void event(TimelineEvent e, boolean japanese, Locale locale, MessageSource messages, StringBuilder out) {
        TimelineEvent.Kind kind = e.kind();
        out.append("\n                <li class=\"timeline__event timeline__event--").append(kind.name().toLowerCase(Locale.ROOT))
                .append("\">\n                  <p class=\"timeline__date\">");
        if (e.date() != null) {
            out.append("<time");
            HtmlEscaping.attribute(" datetime", e.date().toString(), out);
            out.append('>');
            text(e.date().format(locale), out);
            out.append("</time>");
        }
        out.append("</p>\n                  <div class=\"timeline__card\">\n                    <p class=\"timeline__kind\">\n")
                .append("                      <span>");
        text(messages.getMessage("timeline.kind." + kind.name(), null, locale), out);
        out.append("</span>\n                      ");
        if (kind == TimelineEvent.Kind.AGREEMENT) {
            typeLabel("agreementType." + e.type(), locale, messages, out);
        }
        out.append("\n                      ");
        if (kind == TimelineEvent.Kind.MEETING) {
            typeLabel("meetingKind." + e.type(), locale, messages, out);
        }
        out.append("\n                    </p>\n                    <h3 class=\"timeline__title\">\n                      ");
        String lang = japanese && e.titleJa() == null ? "en" : null;
        if (kind == TimelineEvent.Kind.AGREEMENT) {
            link("/agreements/" + e.id(), lang, e.titleIn(locale), out);
        }
        out.append("\n                      ");
        if (kind == TimelineEvent.Kind.MEETING) {
            link("/meetings/" + e.id(), lang, e.titleIn(locale), out);
        }
        out.append("\n                      ");
        if (kind == TimelineEvent.Kind.RELATIONSHIP) {
            out.append("<span>");
            text(messages.getMessage("timeline.relationship." + e.type(), null, locale), out);
            out.append("</span>");
        }
        out.append("\n                    </h3>\n                    ");
        if (e.place() != null) {
            out.append("<p class=\"timeline__place\">");
            text(e.placeIn(locale), out);
            out.append("</p>");
        }
        out.append("\n                  </div>\n                </li>");
    }

    private static void typeLabel(String key, Locale locale, MessageSource messages, StringBuilder out) {
        out.append("<span aria-hidden=\"true\">·</span>\n                        <span>");
        text(messages.getMessage(key, null, locale), out);
        out.append("</span>");
    }

    private static void link(String href, String lang, String title, StringBuilder out) {
        out.append("<a");
        HtmlEscaping.attribute(" href", href, out);
        HtmlEscaping.attribute("\n                         lang", lang, out);
        out.append('>');
        text(title, out);
        out.append("</a>");
    }

    private static void quiet(int years, String before, String after, Locale locale, MessageSource messages, StringBuilder out) {
        out.append(before);
        text(messages.getMessage("timeline.quiet", new Object[] { years }, locale), out);
        out.append(after);
    }

    /** As {@code th:text}: escaped, nothing for null. */
    private static void text(String text, StringBuilder out) {
        HtmlEscaping.escape(text, out);
    }
}
