package org.citydiplomacy.portal.imports;

import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an import did, or in a dry run would do: how many rows of each outcome, and each row with
 * its number (1 = the first row under the header), outcome and problems in the reader's language.
 * {@code saved} says whether anything was written.
 */
public record ImportReport(Counts counts, List<Row> rows, boolean saved) {

    @Schema(name = "ImportCounts", description = "How many rows of each outcome")
    public record Counts(int create, int update, int unchanged, int error) {

        public static Counts of(List<Row> rows) {
            return new Counts(count(rows, ImportOutcome.CREATE), count(rows, ImportOutcome.UPDATE),
                    count(rows, ImportOutcome.UNCHANGED), count(rows, ImportOutcome.ERROR));
        }

        private static int count(List<Row> rows, ImportOutcome outcome) {
            return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    @Schema(name = "ImportRow", description = "One row: its number (1 = the first under the header), its outcome and its problems")
    public record Row(int row, ImportOutcome outcome, List<RowError> errors) {
    }

    /** A problem of one cell: its column, as the file names it, and what is wrong. */
    @Schema(name = "ImportRowError", description = "A problem of one cell: its column as the file names it, and what is wrong, in the reader's language")
    public record RowError(String field, String message) {
    }

    public boolean hasErrors() {
        return counts.error() > 0;
    }

    /** The rows with problems first, then the others, each group in file order: what the page shows. */
    public List<Row> errorsFirst() {
        return rows.stream().sorted(Comparator.comparing((Row r) -> r.outcome() != ImportOutcome.ERROR)).toList();
    }
}
