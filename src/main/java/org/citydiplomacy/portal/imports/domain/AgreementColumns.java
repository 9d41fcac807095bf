package org.citydiplomacy.portal.imports.domain;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of an agreement spreadsheet, found by their header names: the export's own
 * ({@code /agreements.csv}: {@code id, url, type, title_en, ...}) and the short names a hand-made
 * sheet uses ({@code type, title, title_ja, signed_on, partners}). The export's columns that only
 * repeat another one in words (labels, partner names) are read and left alone; any other name is
 * refused, so that a misspelt column is not silently ignored.
 */
final class AgreementColumns {

    /** A column the import reads, with the field of the agreement command it fills and its usual name. */
    enum Column {
        ID(null, "id"), URL(null, "url"), TYPE("type", "type"), TITLE("title", "title"), TITLE_JA("titleJa", "title_ja"),
        SIGNED_ON("signedOn", "signed_on"), PLACE("place", "place"), PLACE_JA("placeJa", "place_ja"),
        SUMMARY("summary", "summary"), SUMMARY_JA("summaryJa", "summary_ja"), STATUS("status", "status"),
        REVIEW_ON("reviewOn", "review_on"), EXPIRES_ON("expiresOn", "expires_on"), PARTNERS("partners", "partners"),
        AREAS("areas", "areas"), VISIBILITY("visibility", "visibility"), STAFF_NOTES("staffNotes", "staff_notes");

        final String property;
        final String usualName;

        Column(String property, String usualName) {
            this.property = property;
            this.usualName = usualName;
        }
    }

    private static final Map<String, Column> NAMES = Map.ofEntries(Map.entry("id", Column.ID),
            Map.entry("url", Column.URL), Map.entry("type", Column.TYPE), Map.entry("title", Column.TITLE),
            Map.entry("title_en", Column.TITLE), Map.entry("title_ja", Column.TITLE_JA),
            Map.entry("signed_on", Column.SIGNED_ON), Map.entry("place", Column.PLACE),
            Map.entry("place_en", Column.PLACE), Map.entry("place_ja", Column.PLACE_JA),
            Map.entry("summary", Column.SUMMARY), Map.entry("summary_en", Column.SUMMARY),
            Map.entry("summary_ja", Column.SUMMARY_JA), Map.entry("status", Column.STATUS),
            Map.entry("review_on", Column.REVIEW_ON), Map.entry("expires_on", Column.EXPIRES_ON),
            Map.entry("partners", Column.PARTNERS), Map.entry("areas", Column.AREAS),
            Map.entry("visibility", Column.VISIBILITY), Map.entry("staff_notes", Column.STAFF_NOTES));

    /**
     * The export's columns that the import reads past: those that say again in words what another
     * column holds as a code, and those whose records are kept on their own pages (texts, meetings,
     * relations, documents, sources), which an import leaves as they are.
     */
    private static final Set<String> LABELS = Set.of("type_en", "type_ja", "signed_on_precision", "status_en",
            "status_ja", "partner_names_en", "partner_names_ja", "areas_en", "areas_ja", "signatories_en",
            "signatories_ja", "full_text_languages", "text_en", "text_ja", "meetings", "meeting_titles_en",
            "meeting_titles_ja", "related_agreements", "document_urls", "sources_en", "sources_ja");

    private final Map<Column, Integer> positions = new EnumMap<>(Column.class);
    private final Map<Column, String> headers = new EnumMap<>(Column.class);

    /** @throws org.citydiplomacy.portal.shared.InvalidCommandException naming the first unknown or repeated column */
    AgreementColumns(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String name = Normalizer.normalize(header.get(i), Normalizer.Form.NFKC).strip();
            String key = name.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (key.isEmpty() || LABELS.contains(key)) {
                continue;
            }
            Column column = NAMES.get(key);
            if (column == null) {
                throw SpreadsheetFormat.unreadable("import.file.unknownColumn", name);
            }
            if (positions.putIfAbsent(column, i) != null) {
                throw SpreadsheetFormat.unreadable("import.file.repeatedColumn", name);
            }
            headers.put(column, name);
        }
        if (positions.isEmpty()) {
            throw SpreadsheetFormat.unreadable("import.file.noColumns");
        }
    }

    boolean has(Column column) {
        return positions.containsKey(column);
    }

    /**
     * The cell of the column in a row ("" if the row is short), with the apostrophe taken off that the
     * export puts before a cell a spreadsheet would read as a formula; null if the file has no such column.
     */
    String cell(List<String> cells, Column column) {
        Integer position = positions.get(column);
        if (position == null) {
            return null;
        }
        String cell = position < cells.size() && cells.get(position) != null ? cells.get(position) : "";
        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /** The column's name as the file writes it, or its usual name if the file has none. */
    String header(Column column) {
        return headers.getOrDefault(column, column.usualName);
    }

    /** The column that fills a field of the command ("partners[1]" and "partners" name the same), or null. */
    static Column of(String property) {
        String field = property.replaceAll("\\[.*$", "");
        for (Column column : Column.values()) {
            if (field.equals(column.property)) {
                return column;
            }
        }
        return null;
    }
}
