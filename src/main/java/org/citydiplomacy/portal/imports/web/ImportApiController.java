package org.citydiplomacy.portal.imports.web;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.citydiplomacy.portal.imports.CsvEncoding;
import org.citydiplomacy.portal.imports.ImportFile;
import org.citydiplomacy.portal.imports.ImportReport;
import org.citydiplomacy.portal.imports.SpreadsheetImport;
import org.citydiplomacy.portal.platform.errors.ProblemResponses;
import org.citydiplomacy.portal.platform.web.ApiDocs;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Agreements imported from a spreadsheet: the report, with 201 if saved, 422 if a row has problems, 200 for a dry run. */
@RestController
@Tag(name = ApiDocs.IMPORTS)
@RequestMapping("/api/v1/imports")
class ImportApiController {

    private static final URI ROWS_REFUSED = URI.create("https://citydiplomacy.org/problems/import-rows-refused");

    private final SpreadsheetImport imports;
    private final MessageSource messages;

    ImportApiController(SpreadsheetImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importAgreements", summary = "Import agreements from a spreadsheet (CSV or XLSX)",
            description = """
                    Columns by header name: the export's own (/agreements.csv: id, url, type, title_en, title_ja, \
                    signed_on, place_en, place_ja, summary_en, summary_ja, status, review_on, expires_on, partners, \
                    areas; its label columns are ignored), or the short form type, title, title_ja, signed_on, \
                    partners, with visibility and staff_notes if wanted. Partners by slug, English or Japanese name \
                    ("; " between several); dates at any precision, as ISO, in English (5 February 2026, \
                    September 2025) or Japanese (2026年2月5日, 令和7年4月1日). A row is matched to an existing \
                    agreement by its id or url, else by the same partners, signing date and title: it is then \
                    unchanged or updated, never duplicated. New agreements are drafts unless the row's visibility \
                    says otherwise. All rows are saved in one transaction, or none if any row has a problem; each \
                    record's history names the file. Messages in the language of Accept-Language.""",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Saved: every row created, updated or unchanged",
                            content = @Content(schema = @Schema(implementation = ImportReport.class))),
                    @ApiResponse(responseCode = "200", description = "Dry run: what the import would do; nothing saved",
                            content = @Content(schema = @Schema(implementation = ImportReport.class))),
                    @ApiResponse(responseCode = "422", description = "Some rows have problems (outcome 'error', with their errors); nothing saved. "
                            + "A problem (RFC 9457) whose members counts, rows and saved are the report's",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ImportReport.class))) })
    ResponseEntity<?> importAgreements(
            @Parameter(description = "The spreadsheet: CSV (UTF-8 with or without BOM, or Shift_JIS) or XLSX (its first sheet)")
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "Check every row and report, saving nothing")
            @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "A CSV file's encoding; AUTO reads valid UTF-8 as UTF-8, anything else as Shift_JIS (CP932)")
            @RequestParam(defaultValue = "AUTO") CsvEncoding encoding,
            Locale locale) {
        ImportReport report = imports.importAgreements(new ImportFile(file.getOriginalFilename(), encoding, file),
                dryRun, locale);
        if (!dryRun && report.hasErrors()) {
            // An error answers a problem, as every other error of the API does; the report rides along.
            ProblemDetail problem = ProblemResponses.problem(HttpStatus.UNPROCESSABLE_CONTENT, ROWS_REFUSED,
                    messages.getMessage("problem.importRefused.title", null, locale),
                    messages.getMessage("problem.importRefused.detail", new Object[] { report.counts().error() }, locale));
            problem.setProperty("counts", report.counts());
            problem.setProperty("rows", report.rows());
            problem.setProperty("saved", report.saved());
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(report);
    }
}
