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

    /** @param fields in the form's order */
    public static FormFields of(Field... fields) {
        return new FormFields(List.of(fields));
    }

    public static Field field(String path, String labelKey) {
        return new Field(path, null, labelKey);
    }

    /** @param labelKey the field's label within the row, or null for a row that is one control */
    public static Field rowField(String path, String rowKey, String labelKey) {
        return new Field(path, rowKey, labelKey);
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

    public record Field(String path, String rowKey, String labelKey) {
    }

    /**
     * A field with a problem: {@code field} is its path and its control's id; its label is the row's
     * ({@code rowKey} with {@code row}, 1-based) and the field's ({@code labelKey}), either may be null.
     */
    public record Problem(String field, String rowKey, int row, String labelKey, int position) {
    }
}
