package org.citydiplomacy.portal.agreements.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.Chromium;
import org.citydiplomacy.portal.support.Pdfs;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.ReducedMotion;

/**
 * Finding an agreement by a word inside its signed PDF, in a real browser with JavaScript off: staff
 * attach the PDF to a published agreement; a public reader searches for a word that is only in the
 * PDF, sees where it was found and the word marked, and opens the agreement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PdfSearchJourneyBrowserIT {

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    RecordFixtures fixtures;
    BrowserContext staff;
    BrowserContext reader;

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
    void cleanUp() {
        if (staff != null) {
            staff.close();
        }
        if (reader != null) {
            reader.close();
        }
        if (fixtures != null) {
            fixtures.deleteAll();
        }
    }

    private BrowserContext context() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setJavaScriptEnabled(false).setLocale("en-GB").setReducedMotion(ReducedMotion.REDUCE));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aReaderFindsAnAgreementByAWordInsideItsSignedPdf() {
        fixtures = new RecordFixtures(jdbc);
        String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String word = "hydrofoil" + marker;
        String title = "Memorandum on harbour ferries " + marker;
        long agreement = fixtures.agreement(title, null, "PUBLISHED", "rome", "MEMORANDUM_OF_UNDERSTANDING",
                LocalDate.of(2026, 2, 5));
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);

        // Staff attach the signed PDF.
        staff = context();
        Page page = staff.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(editor);
        page.getByLabel("Password").fill(StaffAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.navigate(url("/staff/agreements/" + agreement + "/documents/new"));
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Language").setExact(true)).fill("en");
        page.getByLabel("PDF file").setInputFiles(new FilePayload("signed-ferries.pdf", "application/pdf",
                Pdfs.withText("Both cities will test " + word + " ferries across the harbour.")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach the document").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The document has been attached.");

        // A reader searches from the listing's form.
        reader = context();
        Page outside = reader.newPage();
        outside.navigate(url("/agreements"));
        outside.getByLabel("Words").fill(word);
        outside.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show results").setExact(true)).click();
        assertThat(outside.locator("#results-count")).hasText("1 agreement");
        assertThat(outside.locator(".result__match-place")).hasText("Found in the signed PDF signed-ferries.pdf:");
        assertThat(outside.locator(".result__excerpt mark")).hasText(word);
        assertThat(outside.locator(".result__excerpt")).containsText("ferries across the harbour.");

        outside.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)).click();
        assertThat(outside.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true).setLevel(1)))
                .isVisible();
        assertThat(outside.getByText("signed-ferries.pdf")).isVisible();
    }
}
