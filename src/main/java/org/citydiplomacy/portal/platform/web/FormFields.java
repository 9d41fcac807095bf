package org.citydiplomacy.portal.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A staff form's fields in the order the form shows them, each with its label's message key. The
 * error summary names each problem's field and links to it in that order, not in the order the
 * problems were found. A field of a row is written with {@code []} ({@code signatories[].name}) and
 * named with its row ("Signatory 2, Name"); a row that is one control ({@code partners[]}) has only
 * the row's label ("Partner 2").
 */
public final class FormFields {

    private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");

    private final List<Field> fields;

    private FormFields(List<Field> fields) {
        this.fields = fields;
    }

    /** Fields are added in the form's order. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * One entry per field with a problem, in the form's order (rows in their order); fields this list
     * does not know come last, named by their path. Empty without a result.
     */
    public List<Problem> problems(BindingResult result) {
        if (result == null) {
            return List.of();
        }
        Set<String> paths = new LinkedHashSet<>();
        for (FieldError error : result.getFieldErrors()) {
            paths.add(error.getField());
        }
        List<Problem> problems = new ArrayList<>();
        for (String path : paths) {
            Matcher row = ROW.matcher(path);
            int number = row.find() ? Integer.parseInt(row.group(1)) + 1 : 0;
            String shape = ROW.matcher(path).replaceAll("[]");
            int position = 0;
            while (position < fields.size() && !fields.get(position).path().equals(shape)) {
                position++;
            }
            Field field = position < fields.size() ? fields.get(position) : new Field(path, null, null);
            problems.add(new Problem(path, field.rowKey(), number, field.labelKey(), position));
        }
        problems.sort(Comparator.comparingInt(Problem::position).thenComparingInt(Problem::row));
        return problems;
    }

    /** A field: its path ("title", "signatories[].name") and its label, within its row's if it is in one. */
    public record Field(String path, String rowKey, String labelKey) {
    }

    public static final class Builder {

        private final List<Field> fields = new ArrayList<>();

        private Builder() {
        }

        public Builder field(String path, String labelKey) {
            fields.add(new Field(path, null, labelKey));
            return this;
        }

        /**
         * A list of rows: the list itself (a problem such as "at least one"), then each row's fields.
         *
         * @param fieldsAndLabels pairs of a row's field and its label's key; none for rows that are one
         *                        control ("Partner 2")
         */
        public Builder rows(String list, String listKey, String rowKey, String... fieldsAndLabels) {
            field(list, listKey);
            if (fieldsAndLabels.length == 0) {
                fields.add(new Field(list + "[]", rowKey, null));
            }
            for (int i = 0; i + 1 < fieldsAndLabels.length; i += 2) {
                fields.add(new Field(list + "[]." + fieldsAndLabels[i], rowKey, fieldsAndLabels[i + 1]));
            }
            return this;
        }

        /** A list of people (signatories, participants): names and offices in both languages, side and partner. */
        public Builder people(String list, String listKey, String rowKey, String sideKey, String partnerKey) {
            return rows(list, listKey, rowKey, "name", "staff.person.name", "nameJa", "staff.person.nameJa",
                    "office", "staff.person.office", "officeJa", "staff.person.officeJa", "side", sideKey,
                    "partner", partnerKey);
        }

        /** What every record form ends with: its publication and the staff's notes. */
        public FormFields endWithPublication() {
            field("visibility", "staff.form.publication");
            field("staffNotes", "staff.form.staffNotes");
            return new FormFields(List.copyOf(fields));
        }
    }

    /**
     * A field with a problem: {@code field} is its path and its control's id; its label is the row's
     * ({@code rowKey} with {@code row}, 1-based) and the field's ({@code labelKey}), either may be null.
     */
    public record Problem(String field, String rowKey, int row, String labelKey, int position) {
    }
}
