package org.citydiplomacy.portal.statistics.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.citydiplomacy.portal.shared.SpreadsheetCells;
import org.citydiplomacy.portal.statistics.Dimension;
import org.citydiplomacy.portal.statistics.Figure;
import org.citydiplomacy.portal.statistics.Statistics;
import org.citydiplomacy.portal.statistics.StatisticsService;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The statistics page's figures as CSV, with the same filters: one row per figure, its dimension
 * and key as codes and its label in English and Japanese. UTF-8 with a byte order mark and RFC 4180
 * quoting (Apache Commons CSV), as the agreement export; text cells neutralised against formulas.
 * The figures are few (a row per year, type, continent and area): built whole, not streamed.
 */
@Controller
class StatisticsCsvController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final String[] HEADER = { "dimension", "key", "label_en", "label_ja", "count" };

    private final StatisticsService statistics;
    private final MessageSource messages;

    StatisticsCsvController(StatisticsService statistics, MessageSource messages) {
        this.statistics = statistics;
        this.messages = messages;
    }

    @GetMapping("/statistics.csv")
    ResponseEntity<String> csv(StatisticsParams params) throws IOException {
        Statistics figures = statistics.compute(params.filter());
        StatisticsLabels labels = new StatisticsLabels(messages);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            csv.printRecord("AGREEMENTS", "TOTAL", messages.getMessage("statistics.total.agreements", null, Locale.ENGLISH), messages.getMessage("statistics.total.agreements", null,
                    Locale.JAPANESE), figures.agreements());
            csv.printRecord("MEETINGS", "TOTAL", messages.getMessage("statistics.total.meetings", null, Locale.ENGLISH), messages.getMessage("statistics.total.meetings", null,
                    Locale.JAPANESE), figures.meetings());
            for (Dimension dimension : Dimension.values()) {
                for (Figure figure : figures.of(dimension)) {
                    csv.printRecord(dimension.name(), SpreadsheetCells.cell(figure.key()),
                            SpreadsheetCells.cell(labels.label(dimension, figure, Locale.ENGLISH)),
                            SpreadsheetCells.cell(labels.label(dimension, figure, Locale.JAPANESE)), figure.count());
                }
            }
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statistics.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .body(out.toString());
    }
}
