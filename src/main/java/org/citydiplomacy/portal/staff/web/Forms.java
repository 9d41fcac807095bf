package org.citydiplomacy.portal.staff.web;

import java.util.List;

import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.PartialDate;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.BeanPropertyBindingResult;

/** What the staff forms share: validating a command onto the form's fields, and the write model's field problems. */
final class Forms {

    private Forms() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Parses a partial date typed into a form; rejects the field (and answers null) if it is not one. */
    static PartialDate partialDate(String text, String field, boolean required, BindingResult result) {
        if (blank(text)) {
            if (required) {
                result.rejectValue(field, "validation.required");
            }
            return null;
        }
        try {
            return PartialDate.parse(text);
        }
        catch (IllegalArgumentException ex) {
            result.rejectValue(field, "staff.form.partialDate");
            return null;
        }
    }

    /**
     * Validates the command with its constraints and copies each problem onto the form's field of the
     * same name (the command and the form share field names).
     */
    static void validate(SmartValidator validator, Object command, String name, BindingResult form) {
        validate(validator, command, name, form, "");
    }

    /** @param prefix where the command's fields sit on the form, e.g. "newPartner." */
    static void validate(SmartValidator validator, Object command, String name, BindingResult form, String prefix) {
        BindingResult result = new BeanPropertyBindingResult(command, name);
        validator.validate(command, result);
        for (FieldError error : result.getFieldErrors()) {
            String field = prefix + error.getField();
            if (!form.hasFieldErrors(field)) {
                form.addError(new FieldError(form.getObjectName(), field, rejected(form, field),
                        false, error.getCodes(), error.getArguments(), error.getDefaultMessage()));
            }
        }
        result.getGlobalErrors().forEach(form::addError);
    }

    /** The write model's field problems, beside their fields (prefixed, for a nested form such as newPartner). */
    static void reject(InvalidCommandException ex, String prefix, BindingResult form) {
        for (InvalidCommandException.FieldProblem problem : ex.problems()) {
            String field = prefix + problem.field();
            form.addError(new FieldError(form.getObjectName(), field, rejected(form, field), false,
                    new String[] { problem.code() }, problem.arguments(), null));
        }
    }

    private static Object rejected(BindingResult form, String field) {
        try {
            return form.getRawFieldValue(field);
        }
        catch (RuntimeException ex) {
            return null;
        }
    }

    static List<String> languages() {
        return List.of("en", "ja", "zh-Hans", "zh-Hant", "ko", "fr", "de", "es", "pt", "it", "ru", "ar", "id", "th", "vi");
    }
}
