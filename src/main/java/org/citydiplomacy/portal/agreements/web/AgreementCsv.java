package org.citydiplomacy.portal.agreements.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.citydiplomacy.portal.agreements.AgreementExportRow;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.SpreadsheetCells;
import org.springframework.context.MessageSource;

/**
 * The CSV layout of the agreement export: one row per agreement, every public field, English and
 * Japanese side by side, lists joined with "; " (sources one a line). The README lists the columns, and
 * a test keeps that list equal to {@link #HEADER}: add columns at the end, never rename one (spreadsheet
 * imports read them by name). UTF-8 with a byte order mark, so that spreadsheet
 * programs read Japanese correctly; RFC 4180 quoting (Apache Commons CSV) for commas, quotes and
 * line breaks in texts; cells that a spreadsheet would read as a formula are neutralised
 * ({@link SpreadsheetCells}).
 */
final class AgreementCsv {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final String[] HEADER = { "id", "url", "type", "type_en", "type_ja", "title_en", "title_ja", "signed_on",
            "signed_on_precision", "place_en", "place_ja", "summary_en", "summary_ja", "status", "status_en",
            "status_ja", "review_on", "expires_on", "partners", "partner_names_en", "partner_names_ja", "areas",
            "areas_en", "areas_ja", "signatories_en", "signatories_ja", "full_text_languages", "text_en", "text_ja",
            "meetings", "meeting_titles_en", "meeting_titles_ja", "related_agreements", "document_urls", "sources_en",
            "sources_ja" };

    private static final String LIST_SEPARATOR = "; ";
    private static final Locale JAPANESE = Locale.JAPANESE;
    private static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messages;
    private final String baseUrl;

    AgreementCsv(MessageSource messages, String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    Printer open(Writer writer) throws IOException {
        writer.write(BYTE_ORDER_MARK);
        return new Printer(CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer));
    }

    final class Printer implements AutoCloseable {

        private final CSVPrinter csv;

        private Printer(CSVPrinter csv) {
            this.csv = csv;
        }

        void print(AgreementExportRow a) {
            try {
                csv.printRecord(SpreadsheetCells.row(a.id(), baseUrl + "/agreements/" + a.id(), a.type().name(),
                        label("agreementType." + a.type(), ENGLISH), label("agreementType." + a.type(), JAPANESE),
                        a.title(), a.titleJa(), a.signedOn(), a.signedOn().precision(), a.place(), a.placeJa(),
                        a.summary(), a.summaryJa(), a.status().name(), label("agreementStatus." + a.status(), ENGLISH),
                        label("agreementStatus." + a.status(), JAPANESE), a.reviewOn(), a.expiresOn(),
                        join(a.partners(), PartnerRef::slug), join(a.partners(), PartnerRef::name),
                        join(a.partners(), p -> p.nameIn(JAPANESE)), join(a.areas(), Enum::name),
                        join(a.areas(), area -> label("area." + area, ENGLISH)),
                        join(a.areas(), area -> label("area." + area, JAPANESE)), a.signatories(), a.signatoriesJa(),
                        String.join(LIST_SEPARATOR, a.textLanguages()), a.textEn(), a.textJa(),
                        String.join(LIST_SEPARATOR, a.meetings()), a.meetingTitles(), a.meetingTitlesJa(), a.related(),
                        join(a.documents(), d -> baseUrl + "/agreements/" + a.id() + "/documents/" + d), a.sources(),
                        a.sourcesJa()));
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        @Override
        public void close() throws IOException {
            csv.close(true);
        }
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static <T> String join(List<T> values, Function<T, String> text) {
        return values.stream().map(text).collect(Collectors.joining(LIST_SEPARATOR));
    }
}
