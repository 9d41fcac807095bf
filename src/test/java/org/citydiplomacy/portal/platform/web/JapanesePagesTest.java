package org.citydiplomacy.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citydiplomacy.portal.support.PortalTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every public page read in Japanese says nothing in English that is not marked as English: words in
 * Latin letters appear only inside an element whose {@code lang} is English (a title recorded only in
 * English, a quote), inside Japanese quotation marks or brackets (「Agreements and Joint Statements」, the
 * name of an English document or of a heading in it), or are abbreviations Japanese writes in Latin
 * letters too. What this catches: enum codes, hard-coded English words, English notes left untranslated.
 */
@PortalTest
class JapanesePagesTest {

    /** Written in Latin letters in Japanese too: names of networks, formats, abbreviations. */
    static final Set<String> LATIN_IN_JAPANESE = Set.of("PDF", "CSV", "Atom", "OECD", "NETS", "API", "JSON", "URL",
            "StaRT", "Natural", "Earth", "BCP", "SVG", "TMG");

    /** Quoted or bracketed, innermost first: a name as written in its English source. */
    static final Pattern QUOTED = Pattern.compile("「[^「」]*」|“[^“”]*”|\"[^\"]*\"|（[^（）]*）");

    static final Pattern WORD = Pattern.compile("(?<![\\w./:-])[A-Za-z]{3,}(?![\\w./:-])");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    List<String> publicPages() {
        List<String> pages = new ArrayList<>(List.of("/", "/agreements", "/partners", "/meetings", "/networks", "/map",
                "/statistics", "/strategy"));
        jdbc.sql("SELECT id FROM agreement WHERE visibility = 'PUBLISHED' ORDER BY id").query(Long.class).list()
                .forEach(id -> pages.add("/agreements/" + id));
        jdbc.sql("SELECT slug FROM partner WHERE visibility = 'PUBLISHED' ORDER BY slug").query(String.class).list()
                .forEach(slug -> pages.add("/partners/" + slug));
        jdbc.sql("SELECT id FROM meeting WHERE visibility = 'PUBLISHED' ORDER BY id").query(Long.class).list()
                .forEach(id -> pages.add("/meetings/" + id));
        jdbc.sql("SELECT slug FROM network ORDER BY slug").query(String.class).list()
                .forEach(slug -> pages.add("/networks/" + slug));
        return pages;
    }

    @Test
    void japanesePagesSayInJapaneseWhatIsNotMarkedAsEnglish() throws Exception {
        List<String> english = new ArrayList<>();
        for (String path : publicPages()) {
            Document page = page(mvc.perform(get(path).header("Accept-Language", "ja")).andExpect(status().isOk())
                    .andReturn());
            assertThat(page.select("html").attr("lang")).isEqualTo("ja");
            collect(page.body(), path, english);
        }
        assertThat(english).isEmpty();
    }

    static void collect(Node node, String path, List<String> found) {
        if (node instanceof Element element) {
            String lang = element.attr("lang");
            String tag = element.tagName();
            if (lang.startsWith("en") || tag.equals("script") || tag.equals("style") || tag.equals("svg")
                    || tag.equals("code")) {
                return;
            }
            String label = element.attr("aria-label");
            if (!label.isEmpty()) {
                check(label, element, path, found);
            }
        }
        else if (node instanceof TextNode text) {
            check(text.text(), node.parent(), path, found);
        }
        node.childNodes().forEach(child -> collect(child, path, found));
    }

    static void check(String text, Node where, String path, List<String> found) {
        String unquoted = text;
        for (String previous = null; !unquoted.equals(previous);) {
            previous = unquoted;
            unquoted = QUOTED.matcher(unquoted).replaceAll("");
        }
        Matcher m = WORD.matcher(unquoted);
        while (m.find()) {
            if (!LATIN_IN_JAPANESE.contains(m.group())) {
                found.add(path + " <" + ((Element) where).tagName() + " class=" + ((Element) where).className() + "> "
                        + text.strip());
                return;
            }
        }
    }
}
