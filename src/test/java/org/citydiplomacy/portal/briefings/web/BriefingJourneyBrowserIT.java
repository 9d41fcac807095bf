package org.citydiplomacy.portal.briefings.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.shared.Office;
import org.citydiplomacy.portal.support.Chromium;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;

/**
 * Printing a briefing, in a real browser (Chromium through Playwright, JavaScript off): a staff member
 * signs in, opens Rome's briefing from the partner's form, and prints it: the print stylesheet hides
 * the portal's header and the staff bar, and the PDF Chromium prints is A4.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BriefingJourneyBrowserIT {

    /** A4 in PostScript points (210 × 297 mm), give or take a rounding. */
    private static final float A4_WIDTH = 595.3f;
    private static final float A4_HEIGHT = 841.9f;

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    BrowserContext staff;

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
        if (staff != null) {
            staff.close();
        }
    }

    @Test
    void printsRomesBriefingOnA4WithoutThePortalsChrome() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        staff = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setJavaScriptEnabled(false).setLocale("en-GB"));
        Page page = staff.newPage();

        page.navigate(url("/staff/partners/rome/edit"));
        page.getByLabel("Username").fill(editor);
        page.getByLabel("Password").fill(StaffAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Briefing to print")).click();

        assertThat(page).hasURL(url("/staff/partners/rome/briefing"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Rome");
        // Rome's tie is known only to the year 1996: its anniversary is in a year, never on an invented day.
        int thisYear = Office.today().getYear();
        if ((thisYear - 1996) % 5 == 0) {
            assertThat(page.locator("main")).containsText((thisYear - 1996) + " years of the relationship, in " + thisYear);
        }
        assertThat(page.locator(".masthead")).isVisible();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".masthead")).isHidden();
        assertThat(page.locator(".staff-bar")).isHidden();
        assertThat(page.locator(".site-footer")).isHidden();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();

        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
        try (PDDocument printed = Loader.loadPDF(pdf)) {
            assertThat(printed.getNumberOfPages()).isPositive();
            PDRectangle size = printed.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(A4_WIDTH, org.assertj.core.data.Offset.offset(2f));
            assertThat(size.getHeight()).isCloseTo(A4_HEIGHT, org.assertj.core.data.Offset.offset(2f));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
