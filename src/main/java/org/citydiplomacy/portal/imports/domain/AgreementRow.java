package org.citydiplomacy.portal.imports.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citydiplomacy.portal.agreements.AgreementCommand;
import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.imports.domain.AgreementColumns.Column;
import org.citydiplomacy.portal.shared.DatePrecision;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;
import org.citydiplomacy.portal.shared.Visibility;
import org.citydiplomacy.portal.shared.WrittenDates;

/**
 * What one row of an agreement spreadsheet says: the record it names (by id or URL), the value of
 * each column the file has, and the cells that cannot be read. Laid over an agreement's current
 * state ({@link #over}) it gives the command that would make the record say what the row says;
 * columns the file does not have leave their fields as they are.
 */
final class AgreementRow {

    /** A new agreement before the row fills it in. */
    static final AgreementCommand BLANK = new AgreementCommand(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);

    private static final Pattern URL = Pattern.compile(".*/agreements/(\\d+)/?(?:[?#].*)?");
    /** Lists in a cell: the export's "; ", and what people type in Japanese (、；) or on separate lines. */
    private static final Pattern LIST = Pattern.compile("[;；、\\n]");

    /** A cell that cannot be read: its column, a message code and the code's arguments. */
    record Problem(Column column, String code, Object... arguments) {
    }

    /** Reads rows of one file: its columns, the partners and the words of coded columns. */
    record Reader(AgreementColumns columns, PartnerNames partners, Words<AgreementType> types,
            Words<AgreementStatus> statuses, Words<CooperationArea> areas, Words<Visibility> visibilities) {

        AgreementRow read(List<String> cells) {
            return new AgreementRow(this, cells);
        }
    }

    private final Reader reader;
    private final List<String> cells;
    private final Map<Column, Object> values = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private Long id;

    private AgreementRow(Reader reader, List<String> cells) {
        this.reader = reader;
        this.cells = cells;
        readId();
        text(Column.TITLE, true);
        text(Column.TITLE_JA, true);
        text(Column.PLACE, true);
        text(Column.PLACE_JA, true);
        text(Column.SUMMARY, false);
        text(Column.SUMMARY_JA, false);
        text(Column.STAFF_NOTES, false);
        word(Column.TYPE, reader.types());
        word(Column.STATUS, reader.statuses());
        readSignedOn();
        day(Column.REVIEW_ON);
        day(Column.EXPIRES_ON);
        readPartners();
        readAreas();
        String visibility = cell(Column.VISIBILITY);
        // An empty visibility cell says nothing: a new record stays a draft, an existing one as it is.
        if (visibility != null && !visibility.isBlank()) {
            word(Column.VISIBILITY, reader.visibilities());
        }
    }

    /** The id of the record the row names by its id or URL column, or null. */
    Long id() {
        return id;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The command that makes {@code current} say what the row says. */
    AgreementCommand over(AgreementCommand current) {
        return new AgreementCommand(value(Column.TYPE, current.type()), value(Column.TITLE, current.title()),
                value(Column.TITLE_JA, current.titleJa()), value(Column.SIGNED_ON, current.signedOn()),
                value(Column.PLACE, current.place()), value(Column.PLACE_JA, current.placeJa()),
                value(Column.SUMMARY, current.summary()), value(Column.SUMMARY_JA, current.summaryJa()),
                value(Column.PARTNERS, current.partners()), current.signatories(),
                value(Column.AREAS, current.areas()), value(Column.STATUS, current.status()),
                value(Column.REVIEW_ON, current.reviewOn()), value(Column.EXPIRES_ON, current.expiresOn()),
                current.relations(), value(Column.VISIBILITY, current.visibility()),
                value(Column.STAFF_NOTES, current.staffNotes()), current.texts());
    }

    @SuppressWarnings("unchecked")
    private <T> T value(Column column, T current) {
        return values.containsKey(column) ? (T) values.get(column) : current;
    }

    private String cell(Column column) {
        return reader.columns().cell(cells, column);
    }

    private void readId() {
        String text = cell(Column.ID);
        if (text != null && !text.isBlank()) {
            try {
                id = Long.parseLong(text.strip());
            }
            catch (NumberFormatException ex) {
                problems.add(new Problem(Column.ID, "import.id.invalid", text));
            }
            return;
        }
        String url = cell(Column.URL);
        if (url != null && !url.isBlank()) {
            Matcher m = URL.matcher(url.strip());
            if (m.matches()) {
                id = Long.parseLong(m.group(1));
            }
            else {
                problems.add(new Problem(Column.URL, "import.url.invalid", url));
            }
        }
    }

    /** @param line a one-line text (a title, a place): spaces around it are dropped */
    private void text(Column column, boolean line) {
        String text = cell(column);
        if (text != null) {
            values.put(column, Texts.blankToNull(line ? text.strip() : text));
        }
    }

    private <E extends Enum<E>> void word(Column column, Words<E> words) {
        String text = cell(column);
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            values.put(column, null);
            return;
        }
        E value = words.of(text);
        if (value == null) {
            problems.add(new Problem(column, "import.value.unknown", text.strip()));
        }
        values.put(column, value);
    }

    private void readSignedOn() {
        String text = cell(Column.SIGNED_ON);
        if (text != null) {
            values.put(Column.SIGNED_ON, date(Column.SIGNED_ON, text));
        }
    }

    /** A review or expiry date: to the day, as the record keeps it. */
    private void day(Column column) {
        String text = cell(column);
        if (text == null) {
            return;
        }
        PartialDate date = date(column, text);
        if (date != null && date.precision() != DatePrecision.DAY) {
            problems.add(new Problem(column, "import.date.day", text.strip()));
        }
        values.put(column, date == null ? null : (LocalDate) date.start());
    }

    private PartialDate date(Column column, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return WrittenDates.parse(text);
        }
        catch (IllegalArgumentException ex) {
            problems.add(new Problem(column, "import.date.invalid", text.strip()));
            return null;
        }
    }

    private void readPartners() {
        String text = cell(Column.PARTNERS);
        if (text == null) {
            return;
        }
        List<String> slugs = new ArrayList<>();
        for (String name : items(text)) {
            Set<String> found = reader.partners().slugs(name);
            if (found.isEmpty()) {
                problems.add(new Problem(Column.PARTNERS, "import.partner.unknown", name));
            }
            else if (found.size() > 1) {
                problems.add(new Problem(Column.PARTNERS, "import.partner.ambiguous", name, String.join(", ", found)));
            }
            else {
                slugs.add(found.iterator().next());
            }
        }
        values.put(Column.PARTNERS, slugs);
    }

    private void readAreas() {
        String text = cell(Column.AREAS);
        if (text == null) {
            return;
        }
        Set<CooperationArea> areas = new LinkedHashSet<>();
        for (String word : items(text)) {
            CooperationArea area = reader.areas().of(word);
            if (area == null) {
                problems.add(new Problem(Column.AREAS, "import.value.unknown", word));
            }
            else {
                areas.add(area);
            }
        }
        values.put(Column.AREAS, areas);
    }

    private static List<String> items(String cell) {
        return LIST.splitAsStream(cell).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
