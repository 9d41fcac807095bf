package org.citydiplomacy.portal.agreements.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.Chromium;
import org.citydiplomacy.portal.support.Pdfs;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.ReducedMotion;

/**
 * The staff journey in a real browser (Debian's Chromium, driven by Playwright, JavaScript off: the
 * workspace must not need it): sign in, add a newly signed agreement with a partner that is not yet
 * in the portal and its signed PDF, publish it, then find it, as an anonymous visitor, on the public
 * listing and on the new partner's timeline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffJourneyBrowserIT {


    static Chromium chromium;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    BrowserContext staff;
    BrowserContext visitor;

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
    void closeContexts() {
        if (staff != null) {
            staff.close();
        }
        if (visitor != null) {
            visitor.close();
        }
    }

    private BrowserContext context() {
        // Reduced motion: the portal scrolls smoothly otherwise, and a long form keeps moving under the clicks.
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setJavaScriptEnabled(false).setLocale("en-GB").setReducedMotion(ReducedMotion.REDUCE));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The confirmation after a save; if there is none, the failure shows what the page said instead. */
    private static void confirms(Page page, String confirmation) {
        if (page.getByRole(AriaRole.STATUS).count() == 0) {
            Assertions.fail("No confirmation \"" + confirmation + "\" at " + page.url() + "; the page says:\n"
                    + page.locator(".error-summary, .field-error").allInnerTexts() + " at "
                    + page.locator(".field-error").evaluateAll("els => els.map(e => e.id || e.parentElement.innerText.slice(0, 80))"));
        }
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(confirmation);
    }

    @Test
    void addsANewlySignedAgreementWithANewPartnerAndAPdfAndPublishesIt() {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String title = "Memorandum on urban forests " + marker;
        String partnerName = "Lakeside " + marker;
        String slug = "lakeside-" + marker;

        staff = context();
        Page page = staff.newPage();

        // Sign in.
        page.navigate(url("/staff"));
        assertThat(page).hasURL(url("/login"));
        page.getByLabel("Username").fill(editor);
        page.getByLabel("Password").fill(StaffAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        // Back where the visitor was going (Spring marks the replayed request with "?continue").
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/staff(\\?continue)?$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Workspace").setExact(true).setLevel(1))).isVisible();

        // A new agreement, with a partner that is not in the portal yet.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New agreement").setExact(true)).click();
        page.getByLabel("Type").selectOption("MEMORANDUM_OF_UNDERSTANDING");
        page.getByLabel("Title in English").fill(title);
        page.getByLabel("Signed on").fill("2026-02-05");
        page.getByText("The partner is not in the list: add a new partner").click();
        page.locator("#newPartner\\.name").fill(partnerName);
        page.locator("#newPartner\\.slug").fill(slug);
        page.locator("#newPartner\\.country").fill("FI");
        page.locator("#newPartner\\.visibility").selectOption("PUBLISHED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the partner and add it").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The partner " + partnerName + " has been created");
        // What was typed before is still there, and the new partner is picked.
        assertThat(page.getByLabel("Title in English")).hasValue(title);
        assertThat(page.locator("#partners\\[0\\]")).hasValue(slug);

        page.locator("#signatories\\[0\\]\\.name").fill("Koike Yuriko");
        page.locator("#signatories\\[0\\]\\.office").fill("Governor of Tokyo");
        page.locator("#signatories\\[0\\]\\.side").selectOption("CITY");
        page.getByLabel("Environment").check();
        page.locator("#texts\\[0\\]\\.body").fill("The parties will plant and care for urban forests together.");
        page.getByLabel("Draft: only staff can see it").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).first().click();
        confirms(page, "The agreement has been saved.");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/staff/agreements/\\d+/edit$"));
        String agreementUrl = page.url().replace("/edit", "").replace("/staff", "");

        // Its signed PDF.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attach a signed PDF").setExact(true)).click();
        assertThat(page.getByText("A PDF of at most 10 MB")).isVisible();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Language").setExact(true)).fill("en");
        page.getByLabel("PDF file").setInputFiles(new FilePayload("signed-memorandum.pdf", "application/pdf", Pdfs.onePage()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach the document").setExact(true)).click();
        confirms(page, "The document has been attached.");
        assertThat(page.getByText("signed-memorandum.pdf")).isVisible();

        // Still a draft: the public does not see it.
        visitor = context();
        Page outside = visitor.newPage();
        assertThat(outside.navigate(agreementUrl).status()).isEqualTo(404);

        // Publish.
        page.getByLabel("Published: everyone can see it").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).first().click();
        confirms(page, "Your changes have been saved.");

        // The public finds it in the listing and on the new partner's timeline.
        outside.navigate(url("/agreements?q=" + marker));
        assertThat(outside.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true))).isVisible();
        outside.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)).click();
        assertThat(outside.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true).setLevel(1))).isVisible();
        assertThat(outside.getByText("signed-memorandum.pdf")).isVisible();

        outside.navigate(url("/partners/" + slug));
        assertThat(outside.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(partnerName).setExact(true).setLevel(1))).isVisible();
        assertThat(outside.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true))).isVisible();
    }
}
