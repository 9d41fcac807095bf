package org.citydiplomacy.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.citydiplomacy.portal.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;

/**
 * The two public journeys in a real browser (Debian's Chromium, driven by Playwright) against the
 * running portal, on a desktop window and on a 360 px phone: find an agreement by filtering and
 * searching and read both its texts; open a partner and follow its timeline to a meeting and an
 * agreement. The assertions are about what a person sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicJourneysBrowserIT {


    enum Screen {
        DESKTOP(1280, 900, true), PHONE(360, 740, true), DESKTOP_WITHOUT_JAVASCRIPT(1280, 900, false);

        final int width;
        final int height;
        final boolean javaScript;

        Screen(int width, int height, boolean javaScript) {
            this.width = width;
            this.height = height;
            this.javaScript = javaScript;
        }
    }

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;

    @BeforeAll
    static void launchBrowser() {
        chromium = Chromium.launch();
        browser = chromium.browser();
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

    Page open(Screen screen, String path) {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(screen.width, screen.height)
                .setJavaScriptEnabled(screen.javaScript)
                .setLocale("en-GB"));
        Page page = context.newPage();
        Response response = page.navigate("http://localhost:" + port + path);
        assertThat(response.status()).isEqualTo(200);
        return page;
    }

    static void fitsTheScreen(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void findsAnAgreementByFilteringAndSearchingThenReadsBothTexts(Screen screen) {
        Page page = open(screen, "/agreements");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Agreements").setLevel(1)))
                .isVisible();
        fitsTheScreen(page);

        page.getByLabel("Type").selectOption(new SelectOption().setValue("JOINT_COMMUNIQUE"));
        page.getByLabel("Words").fill("Helsinki");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show results")).click();

        // Every state is a plain address; with JavaScript the empty filters are left out of it.
        assertThat(page).hasURL(screen.javaScript
                ? Pattern.compile(".*/agreements\\?q=Helsinki&type=JOINT_COMMUNIQUE$")
                : Pattern.compile(".*/agreements\\?q=Helsinki&partner=&type=JOINT_COMMUNIQUE&year=&from=&to=&area=$"));
        assertThat(page.locator("#results-count")).hasText("1 agreement");
        assertThat(page.locator(".active-filters")).containsText("Joint communiqué");
        assertThat(page.locator(".active-filters")).containsText("Helsinki");
        assertThat(page.getByLabel("Type")).hasValue("JOINT_COMMUNIQUE");
        fitsTheScreen(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("City of Helsinki"))).click();
        assertThat(page.locator("h1")).hasText(
                "Joint Communique of the City of Helsinki (Republic of Finland) and the Tokyo Metropolitan Government (Japan)");

        Locator english = page.locator("article.text[lang=en]");
        Locator japanese = page.locator("article.text[lang=ja]");
        english.scrollIntoViewIfNeeded();
        assertThat(english).isVisible();
        assertThat(english).containsText("On the occasion of the governor of Tokyo's visit to the city of Helsinki");
        assertThat(japanese).isVisible();
        assertThat(japanese).containsText("東京都知事によるヘルシンキ市訪問の機会を捉え");
        BoundingBox en = english.boundingBox();
        BoundingBox ja = japanese.boundingBox();
        if (screen.width > 1000) {
            assertThat(ja.x).as("Japanese beside English").isGreaterThan(en.x + en.width - 1);
            assertThat(ja.y).isEqualTo(en.y);
        }
        else {
            assertThat(ja.y).as("Japanese after English").isGreaterThanOrEqualTo(en.y + en.height - 1);
            assertThat(ja.x).isEqualTo(en.x);
        }
        fitsTheScreen(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("日本語")).click();
        assertThat(page.locator("h1")).hasText("東京都(日本国)とヘルシンキ市(フィンランド共和国)との共同コミュニケ");
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void opensAPartnerAndFollowsItsTimelineToAMeetingAndAnAgreement(Screen screen) {
        Page page = open(screen, "/partners");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rome").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Rome");
        fitsTheScreen(page);

        Locator timeline = page.locator("ol.timeline");
        timeline.scrollIntoViewIfNeeded();
        assertThat(timeline).isVisible();
        assertThat(timeline.locator(".timeline__gap")).hasText("29 years without a recorded agreement or meeting");
        assertThat(timeline.locator(".timeline__event").first()).containsText("1996");
        assertThat(timeline.locator(".timeline__event").first()).containsText("Friendship relationship established");
        // The rail is drawn: the list has a visible line beside its events.
        String rail = (String) page.evaluate("() => getComputedStyle(document.querySelector('ol.timeline'), '::before').width");
        assertThat(rail).isEqualTo("3px");

        timeline.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall")).click();
        assertThat(page.locator("h1")).hasText("Meeting of the Governor of Tokyo and the Mayor of Rome at Rome City Hall");
        assertThat(page.locator(".people")).containsText("Roberto Gualtieri");
        assertThat(page.locator(".facts")).containsText("Rome City Hall");
        fitsTheScreen(page);

        page.goBack();
        page.locator("ol.timeline").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Joint Communiqué of the City of Rome"))).click();
        assertThat(page.locator("h1")).hasText(
                "Joint Communiqué of the City of Rome (Republic of Italy) and the Tokyo Metropolitan Government (Japan)");
        assertThat(page.locator(".facts")).containsText("5 February 2026");
        fitsTheScreen(page);
    }

    @Test
    void theSkipLinkIsTheFirstStopForTheKeyboardAndLeadsToTheContent() {
        Page page = open(Screen.DESKTOP, "/");
        page.keyboard().press("Tab");
        Locator skip = page.locator("a.skip-link");
        assertThat(skip).isFocused();
        assertThat(skip).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*#main$"));
    }

    @Test
    void anAddressWithNothingPublishedShowsTheFriendlyNotFoundPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
        Page page = context.newPage();
        Response response = page.navigate("http://localhost:" + port + "/no-such-page");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("ページが見つかりません");
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
    }
}
