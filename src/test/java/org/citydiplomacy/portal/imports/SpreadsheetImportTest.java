package org.citydiplomacy.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.citydiplomacy.portal.support.WriteApiSupport.VISITOR;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.NewAccount;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.WriteApiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 14, point 3: agreements imported from a spreadsheet through POST /api/v1/imports, on the real database. */
@PortalTest
class SpreadsheetImportTest {

    static final String SHORT_HEADER = "type,title,title_ja,signed_on,partners\n";
    /** A real account: the staff pages (the history page) want one that exists and is active. */
    static final String EDITOR_NAME = "import-editor";
    static final RequestPostProcessor EDITOR = user(EDITOR_NAME).roles("EDITOR");

    @Autowired
    AccountService accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    CreatedRecords created;
    WriteApiSupport api;

    @BeforeEach
    void noteRecords() {
        if (!accounts.isActive(EDITOR_NAME)) {
            accounts.createIfAbsent(new NewAccount(EDITOR_NAME, "Import Editor", StaffRole.EDITOR, StaffAccounts.PASSWORD), "test");
        }
        created = CreatedRecords.noteBefore(jdbc);
        api = new WriteApiSupport(mvc, json, jdbc);
    }

    @AfterEach
    void removeCreatedRecords() {
        created.remove();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-02-05 | 2026-02-05 | DAY",
            "2025-09 | 2025-09-01 | MONTH",
            "1996 | 1996-01-01 | YEAR",
            "5 February 2026 | 2026-02-05 | DAY",
            "September 2025 | 2025-09-01 | MONTH",
            "2026年2月5日 | 2026-02-05 | DAY",
            "2025年9月 | 2025-09-01 | MONTH",
            "２０２６年２月５日 | 2026-02-05 | DAY",
            "２０２５－０９ | 2025-09-01 | MONTH",
            "令和7年4月1日 | 2025-04-01 | DAY",
            "令和元年5月 | 2019-05-01 | MONTH",
            "平成元年1月8日 | 1989-01-08 | DAY",
            "平成27年 | 2015-01-01 | YEAR",
            "昭和35年6月1日 | 1960-06-01 | DAY" })
    void readsEachDateFormOfficesWrite(String written, String start, String precision) throws Exception {
        String title = WriteApiSupport.unique("Dated");
        JsonNode report = importCsv(SHORT_HEADER + "JOINT_STATEMENT," + title + ",,\"" + written + "\",paris\n",
                StandardCharsets.UTF_8, "dates.csv", false, status().isCreated());

        assertThat(report.at("/counts/create").asInt()).isEqualTo(1);
        var stored = jdbc.sql("SELECT signed_on, signed_on_precision FROM agreement WHERE title = :t").param("t", title)
                .query((rs, n) -> List.of(rs.getObject(1, LocalDate.class).toString(), rs.getString(2))).single();
        assertThat(stored).containsExactly(start, precision);
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMarkAndShiftJis() throws Exception {
        for (String encoding : List.of("UTF-8", "UTF-8 BOM", "Shift_JIS")) {
            String title = WriteApiSupport.unique("Encoded");
            String csv = SHORT_HEADER + "覚書," + title + ",東京・ソウル覚書（" + encoding + "）,2026年2月5日,ソウル特別市\n";
            Charset charset = encoding.equals("Shift_JIS") ? Charset.forName("windows-31j") : StandardCharsets.UTF_8;
            String content = encoding.equals("UTF-8 BOM") ? "\uFEFF" + csv : csv;

            JsonNode report = importCsv(content, charset, "encoded.csv", false, status().isCreated());

            assertThat(report.at("/counts/create").asInt()).as(encoding).isEqualTo(1);
            String titleJa = jdbc.sql("SELECT title_ja FROM agreement WHERE title = :t").param("t", title)
                    .query(String.class).single();
            assertThat(titleJa).as(encoding).isEqualTo("東京・ソウル覚書（" + encoding + "）");
        }
    }

    @Test
    void readsShiftJisWhenTheUserSaysSo() throws Exception {
        String title = WriteApiSupport.unique("Chosen");
        byte[] file = (SHORT_HEADER + "共同声明," + title + ",共同声明,令和7年4月1日,パリ市\n").getBytes(Charset.forName("windows-31j"));

        JsonNode report = api.read(mvc.perform(upload(file, "chosen.csv").param("encoding", "SHIFT_JIS").with(EDITOR))
                .andExpect(status().isCreated()).andReturn());

        assertThat(report.at("/counts/create").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT title_ja FROM agreement WHERE title = :t").param("t", title).query(String.class)
                .single()).isEqualTo("共同声明");
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWorkbookWithRealDateCells() throws Exception {
        String title = WriteApiSupport.unique("Workbook");
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("協定");
            String[] header = { "type", "title", "title_ja", "signed_on", "partners" };
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("Joint statement");
            first.createCell(1).setCellValue(title + " one");
            first.createCell(2).setCellValue("共同声明");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            first.createCell(3).setCellValue(LocalDate.of(2026, 2, 5));
            first.getCell(3).setCellStyle(date);
            first.createCell(4).setCellValue("Seoul");
            Row second = sheet.createRow(2);
            second.createCell(0).setCellValue("MEMORANDUM_OF_UNDERSTANDING");
            second.createCell(1).setCellValue(title + " two");
            second.createCell(3).setCellValue(1996);
            second.createCell(4).setCellValue("paris; seoul");
            book.write(out);
            workbook = out.toByteArray();
        }

        JsonNode report = api.read(mvc.perform(upload(workbook, "agreements.xlsx").with(EDITOR))
                .andExpect(status().isCreated()).andReturn());

        assertThat(report.at("/counts/create").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT signed_on::text || ' ' || signed_on_precision FROM agreement WHERE title LIKE :t ORDER BY title")
                .param("t", title + "%").query(String.class).list())
                .containsExactly("2026-02-05 DAY", "1996-01-01 YEAR");
    }

    @Test
    void anExportImportedBackIsUnchangedRowByRow() throws Exception {
        MvcResult streaming = mvc.perform(get("/agreements.csv").with(EDITOR)).andReturn();
        byte[] export = mvc.perform(asyncDispatch(streaming)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        long rows = jdbc.sql("SELECT count(*) FROM agreement").query(Long.class).single();
        long revisions = jdbc.sql("SELECT count(*) FROM audit_revision").query(Long.class).single();

        JsonNode report = api.read(mvc.perform(upload(export, "agreements.csv").with(EDITOR))
                .andExpect(status().isCreated()).andReturn());

        assertThat(report.at("/counts/unchanged").asLong()).isEqualTo(rows);
        assertThat(report.at("/counts/create").asInt() + report.at("/counts/update").asInt()
                + report.at("/counts/error").asInt()).isZero();
        assertThat(report.get("rows").findValuesAsString("outcome")).containsOnly("unchanged");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_revision").query(Long.class).single()).isEqualTo(revisions);
    }

    @Test
    void matchesRowsToRecordsByIdOrByPartnersDateAndTitle() throws Exception {
        String title = WriteApiSupport.unique("Matched");
        importCsv(SHORT_HEADER + "JOINT_STATEMENT," + title + ",共同声明,2025-09,seoul; paris\n",
                StandardCharsets.UTF_8, "first.csv", false, status().isCreated());
        long id = jdbc.sql("SELECT id FROM agreement WHERE title = :t").param("t", title).query(Long.class).single();

        // The same partners, named otherwise, the date more precise: the same agreement, signed on the 14th.
        JsonNode byContent = importCsv(SHORT_HEADER
                        + "JOINT_STATEMENT," + title + ",共同声明,2025-09-14,ソウル特別市; Paris\n"
                        + "JOINT_STATEMENT," + title + ",共同声明,2025-09-14,seoul; paris\n",
                StandardCharsets.UTF_8, "second.csv", false, status().isCreated());
        assertThat(byContent.get("rows").findValuesAsString("outcome")).containsExactly("update", "unchanged");

        JsonNode byId = importCsv("id,title_ja\n" + id + ",東京・パリ・ソウル共同声明\n" + id + ",東京・パリ・ソウル共同声明\n",
                StandardCharsets.UTF_8, "third.csv", false, status().isCreated());
        assertThat(byId.get("rows").findValuesAsString("outcome")).containsExactly("update", "unchanged");

        JsonNode another = importCsv(SHORT_HEADER + "JOINT_STATEMENT," + title + " (renewed),,2025-09-14,seoul; paris\n",
                StandardCharsets.UTF_8, "fourth.csv", false, status().isCreated());
        assertThat(another.get("rows").findValuesAsString("outcome")).containsExactly("create");
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title ILIKE :t").param("t", title + "%")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT title || ' ' || signed_on || ' ' || title_ja FROM agreement WHERE id = :id")
                .param("id", id).query(String.class).single())
                .isEqualTo(title + " 2025-09-14 東京・パリ・ソウル共同声明");
    }

    @Test
    void aFileWithOneBadRowSavesNothingAndAnswers422() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM agreement").query(Long.class).single();
        String title = WriteApiSupport.unique("Refused");

        JsonNode report = importCsv(SHORT_HEADER
                        + "JOINT_STATEMENT," + title + " a,,2026-02-05,paris\n"
                        + "NO_SUCH_TYPE," + title + " b,,the fifth of Brumaire,Atlantis\n"
                        + "JOINT_STATEMENT,,,2026-02-05,paris\n",
                StandardCharsets.UTF_8, "refused.csv", false, status().isUnprocessableContent());

        assertThat(report.at("/counts/error").asInt()).isEqualTo(2);
        assertThat(report.at("/counts/create").asInt()).isEqualTo(1);
        assertThat(report.get("saved").asBoolean()).isFalse();
        JsonNode bad = report.get("rows").get(1);
        assertThat(bad.get("row").asInt()).isEqualTo(2);
        assertThat(bad.get("outcome").asString()).isEqualTo("error");
        assertThat(bad.get("errors").findValuesAsString("field")).containsExactly("type", "signed_on", "partners");
        assertThat(report.get("rows").get(2).get("errors").findValuesAsString("field")).containsExactly("title");
        assertThat(jdbc.sql("SELECT count(*) FROM agreement").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aGoodFileIsSavedInOneTransactionAndEveryRecordSaysWhereItCameFrom() throws Exception {
        String title = WriteApiSupport.unique("Saved");
        JsonNode report = importCsv(SHORT_HEADER
                        + "JOINT_STATEMENT," + title + " a,,2026-02-05,paris\n"
                        + "LETTER_OF_INTENT," + title + " b,趣意書,2025-09,seoul\n"
                        + "Joint communiqué," + title + " c,,1996,Paris; Seoul\n",
                StandardCharsets.UTF_8, "office 2026.csv", false, status().isCreated());

        assertThat(report.at("/counts/create").asInt()).isEqualTo(3);
        assertThat(report.get("saved").asBoolean()).isTrue();
        List<Long> ids = jdbc.sql("SELECT id FROM agreement WHERE title LIKE :t ORDER BY title").param("t", title + "%")
                .query(Long.class).list();
        assertThat(ids).hasSize(3);
        assertThat(jdbc.sql("SELECT count(DISTINCT rev) FROM agreement_aud WHERE id IN (:ids)").param("ids", ids)
                .query(Long.class).single()).as("one change set").isEqualTo(1);
        assertThat(jdbc.sql("SELECT DISTINCT visibility FROM agreement WHERE id IN (:ids)").param("ids", ids)
                .query(String.class).list()).containsExactly("DRAFT");

        JsonNode history = api.getJson("/api/v1/agreements/" + ids.get(0) + "/history", EDITOR);
        assertThat(history.get(0).get("kind").asString()).isEqualTo("Created");
        assertThat(history.get(0).get("importedFrom").asString()).isEqualTo("office 2026.csv");
        assertThat(history.get(0).get("username").asString()).isEqualTo(EDITOR_NAME);

        String page = mvc.perform(get("/staff/agreements/" + ids.get(0) + "/history").with(EDITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Imported from the spreadsheet “office 2026.csv”");
        String pageJa = mvc.perform(get("/staff/agreements/" + ids.get(0) + "/history")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "ja").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pageJa).contains("表計算ファイル「office 2026.csv」から取り込み");
    }

    @Test
    void aDryRunChecksEveryRowAndSavesNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM agreement").query(Long.class).single();
        long revisions = jdbc.sql("SELECT count(*) FROM audit_revision").query(Long.class).single();
        String title = WriteApiSupport.unique("Dry");

        JsonNode report = importCsv(SHORT_HEADER + "JOINT_STATEMENT," + title + " a,,2026-02-05,paris\n"
                        + "JOINT_STATEMENT," + title + " b,,2026-02-06,paris\n",
                StandardCharsets.UTF_8, "dry.csv", true, status().isOk());
        JsonNode withErrors = importCsv(SHORT_HEADER + "JOINT_STATEMENT," + title + " a,,someday,paris\n",
                StandardCharsets.UTF_8, "dry.csv", true, status().isOk());

        assertThat(report.at("/counts/create").asInt()).isEqualTo(2);
        assertThat(withErrors.at("/counts/error").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM agreement").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_revision").query(Long.class).single()).isEqualTo(revisions);
    }

    @Test
    void refusesToPublishAnAgreementNamingADraftPartner() throws Exception {
        String draft = WriteApiSupport.unique("draftville");
        var partner = api.partner(draft);
        partner.put("visibility", "DRAFT");
        api.create("/api/v1/partners", partner);
        String title = WriteApiSupport.unique("Hidden");

        JsonNode report = importCsv("type,title,signed_on,partners,visibility\n"
                        + "JOINT_STATEMENT," + title + ",2026-02-05," + draft + ",PUBLISHED\n",
                StandardCharsets.UTF_8, "publish.csv", false, status().isUnprocessableContent());

        assertThat(report.at("/rows/0/errors/0/message").asString()).contains("draft");
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title = :t").param("t", title).query(Long.class)
                .single()).isZero();
    }

    @Test
    void saysWhatIsWrongInJapaneseToAJapaneseReader() throws Exception {
        byte[] file = (SHORT_HEADER + "JOINT_STATEMENT,,,いつか,アトランティス\n").getBytes(StandardCharsets.UTF_8);

        JsonNode report = api.read(mvc.perform(upload(file, "ja.csv").header(HttpHeaders.ACCEPT_LANGUAGE, "ja")
                .with(EDITOR)).andExpect(status().isUnprocessableContent()).andReturn());

        assertThat(report.at("/rows/0/errors").findValuesAsString("message"))
                .anySatisfy(m -> assertThat(m).contains("「いつか」は日付ではありません"))
                .anySatisfy(m -> assertThat(m).contains("「アトランティス」という名前のパートナーはありません"));
    }

    @Test
    void refusesAFileItCannotReadWithA400() throws Exception {
        mvc.perform(upload("type,titel\nJOINT_STATEMENT,x\n".getBytes(StandardCharsets.UTF_8), "typo.csv").with(EDITOR))
                .andExpect(status().isBadRequest());
        mvc.perform(upload(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }, "old.xls").with(EDITOR))
                .andExpect(status().isBadRequest());
    }

    @Test
    void needsAnEditorOrAnAdministrator() throws Exception {
        byte[] file = (SHORT_HEADER + "JOINT_STATEMENT,Anonymous,,2026-02-05,paris\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(upload(file, "anonymous.csv")).andExpect(status().isUnauthorized());
        mvc.perform(upload(file, "visitor.csv").with(VISITOR)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title = 'Anonymous'").query(Long.class).single()).isZero();
    }

    private JsonNode importCsv(String content, Charset charset, String filename, boolean dryRun, ResultMatcher expected)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = upload(content.getBytes(charset), filename);
        if (dryRun) {
            request.param("dryRun", "true");
        }
        return api.read(mvc.perform(request.with(EDITOR)).andExpect(expected).andReturn());
    }

    static MockMultipartHttpServletRequestBuilder upload(byte[] content, String filename) {
        return multipart("/api/v1/imports").file(new MockMultipartFile("file", filename, "text/csv", content));
    }
}
