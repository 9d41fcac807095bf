package org.citydiplomacy.portal.home.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.citydiplomacy.portal.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * Japanese on a 360 px phone, in Chromium: the buttons beside search fields keep their word on one
 * line (検索 broke into 検 / 索 on the home page), and nothing is wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NarrowJapaneseBrowserIT {

    static Chromium chromium;

    @LocalServerPort
    int port;

    BrowserContext context;

    @BeforeAll
    static void launchBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    /** The button's text as laid out: how many line boxes it takes, its height and the field's beside it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> layout(Page page, String button, String field) {
        return (Map<String, Object>) page.evaluate("""
                ([buttonSelector, fieldSelector]) => {
                  const button = document.querySelector(buttonSelector);
                  const range = document.createRange();
                  range.selectNodeContents(button);
                  const lines = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size;
                  const style = getComputedStyle(button);
                  const field = document.querySelector(fieldSelector);
                  return { text: button.textContent.trim(), lines: lines,
                           height: button.getBoundingClientRect().height,
                           oneLine: parseFloat(style.lineHeight) + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom)
                                    + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth),
                           minHeight: parseFloat(style.minHeight),
                           fieldWidth: field.getBoundingClientRect().width,
                           overflow: document.documentElement.scrollWidth - window.innerWidth };
                }""", new String[] { button, field });
    }

    @ParameterizedTest
    @CsvSource({ "/?lang=ja, .search-box__button, #home-q, 検索", "/agreements?lang=ja, .filters__actions .button, #filter-q, 結果を表示" })
    void theSearchButtonKeepsItsWordOnOneLineAt360Pixels(String path, String button, String field, String word) {
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740));
        Page page = context.newPage();
        Response response = page.navigate("http://localhost:" + port + path);
        assertThat(response.status()).isEqualTo(200);

        Map<String, Object> layout = layout(page, button, field);
        assertThat(layout.get("text")).isEqualTo(word);
        assertThat(((Number) layout.get("lines")).intValue()).as("lines of the button's text").isEqualTo(1);
        // One line of text in its padding, or the button's minimum height when that is taller: never two lines.
        double expected = Math.max(((Number) layout.get("oneLine")).doubleValue(), ((Number) layout.get("minHeight")).doubleValue());
        assertThat(((Number) layout.get("height")).doubleValue()).as("button height").isCloseTo(expected,
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(((Number) layout.get("fieldWidth")).doubleValue()).as("the field keeps room to type").isGreaterThan(150);
        assertThat(((Number) layout.get("overflow")).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }
}
