package org.citydiplomacy.portal.support;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MvcResult;

/** Reads rendered pages in MockMvc tests as a person would: by what the elements say. */
public final class WebPages {

    private WebPages() {
    }

    public static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    public static List<String> texts(Document page, String selector) {
        return page.select(selector).stream().map(Element::text).toList();
    }

    public static String text(Document page, String selector) {
        Element element = page.selectFirst(selector);
        if (element == null) {
            throw new AssertionError("No element matches " + selector);
        }
        return element.text();
    }
}
