package org.citydiplomacy.portal.imports.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.Chromium;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
 * Issue 14, point 3, in a real browser with JavaScript off: an editor imports the office's old
 * spreadsheet, which has one bad row; the import runs in the background and its page, refreshing
 * itself, shows the report: which row and why, nothing saved; the editor corrects the file and
 * imports it again, and the agreements are there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportJourneyBrowserIT {

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    BrowserContext staff;
    CreatedRecords created;

    @BeforeAll
    static void launchBrowser() {
        // The job's page refreshes itself every 2 seconds until the report is there.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void noteRecords() {
        created = CreatedRecords.noteBefore(jdbc);
    }

    @AfterEach
    void cleanUp() {
        if (staff != null) {
            staff.close();
        }
        created.remove();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void importsASpreadsheetWithOneBadRowAfterTheRowIsCorrected() {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String header = "type,title,title_ja,signed_on,partners\n";
        String good = "Joint statement,Joint statement on parks " + marker + ",公園に関する共同声明,令和7年4月1日,Paris\n";
        String bad = "Memorandum of understanding,Memorandum on rivers " + marker + ",河川に関する覚書,31 February 2026,ソウル特別市\n";
        String fixed = bad.replace("31 February 2026", "5 February 2026");

        staff = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setJavaScriptEnabled(false).setLocale("en-GB").setReducedMotion(ReducedMotion.REDUCE));
        Page page = staff.newPage();
        page.navigate(url("/staff"));
        page.getByLabel("Username").fill(editor);
        page.getByLabel("Password").fill(StaffAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Import agreements from a spreadsheet");

        // The first try: one row has a date that does not exist. Nothing is saved; the bad row comes first.
        page.getByLabel("Spreadsheet (CSV or XLSX)").setInputFiles(new FilePayload("offices.csv", "text/csv",
                (header + good + bad).getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/staff/imports/[0-9a-f-]{36}$"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing was saved: 1 rows have problems");
        var firstRow = page.locator("#report tbody tr").first();
        assertThat(firstRow.locator("th")).hasText("2");
        assertThat(firstRow).containsText("Problem");
        assertThat(firstRow).containsText("signed_on");
        assertThat(firstRow).containsText("“31 February 2026” is not a date");
        assertThat(page.locator("#report tbody tr").nth(1)).containsText("New");
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title LIKE :t").param("t", "%" + marker)
                .query(Long.class).single()).isZero();

        // Corrected and checked first, then imported.
        page.getByLabel("Spreadsheet (CSV or XLSX)").setInputFiles(new FilePayload("offices.csv", "text/csv",
                (header + good + fixed).getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check without saving").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("every row can be imported");
        page.getByLabel("Spreadsheet (CSV or XLSX)").setInputFiles(new FilePayload("offices.csv", "text/csv",
                (header + good + fixed).getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Imported from “offices.csv”: 2 created, 0 updated, 0 unchanged.");
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title LIKE :t AND visibility = 'DRAFT'")
                .param("t", "%" + marker).query(Long.class).single()).isEqualTo(2);
    }
}
