package org.citydiplomacy.portal.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.citydiplomacy.portal.shared.HiddenPartsException;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.StaleEditException;
import org.citydiplomacy.portal.shared.WrittenDates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the staff forms share: reading what was typed (blank fields, partial dates), validating a
 * command onto the form's fields, and saving with Post/Redirect/Get, the write model's field
 * problems shown beside their fields and a stale edit kept as typed.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Parses a partial date typed into a form; rejects the field (and answers null) if it is not one. */
    public static PartialDate partialDate(String text, String field, boolean required, BindingResult result) {
        if (blank(text) && required) {
            result.rejectValue(field, "validation.required");
        }
        return parsed(text, WrittenDates::parse, field, "staff.form.partialDate", result);
    }

    /**
     * Parses a full date typed into a form (ISO, or the Japanese ways {@link WrittenDates} reads);
     * rejects the field (and answers null) if it is not one. Blank is no date.
     */
    public static LocalDate date(String text, String field, BindingResult result) {
        return parsed(text, typed -> LocalDate.parse(WrittenDates.normalise(typed)), field, "staff.form.date", result);
    }

    /** A date as typed, made ISO first: null when blank, or refused with {@code code} when it is not one. */
    private static <T> T parsed(String text, Function<String, T> parser, String field, String code, BindingResult result) {
        if (blank(text)) {
            return null;
        }
        try {
            return parser.apply(text);
        }
        catch (IllegalArgumentException | DateTimeParseException ex) {
            result.rejectValue(field, code);
            return null;
        }
    }

    /**
     * Validates the command with its constraints and copies each problem onto the form's field of the
     * same name (the command and the form share field names).
     */
    public static void validate(SmartValidator validator, Object command, String name, BindingResult form) {
        validate(validator, command, name, form, "");
    }

    /** @param prefix where the command's fields sit on the form, e.g. "newPartner." */
    public static void validate(SmartValidator validator, Object command, String name, BindingResult form,
            String prefix) {
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
    public static void reject(InvalidCommandException ex, String prefix, BindingResult form) {
        for (InvalidCommandException.FieldProblem problem : ex.problems()) {
            String field = prefix + problem.field();
            form.addError(new FieldError(form.getObjectName(), field, rejected(form, field), false,
                    new String[] { problem.code() }, localised(problem.arguments()), null));
        }
    }

    /**
     * Saves a checked form. Saved: the flash key and a redirect to where the record is edited
     * (Post/Redirect/Get). Refused by the write model: its field problems on the form, shown again.
     * Stale (someone saved in between): what this editor typed is kept, now based on the current
     * version, so saving again is a decision taken knowing what changed ({@code stale} in the model).
     *
     * @param save       the write
     * @param location   where the saved record is edited, e.g. {@code /staff/agreements/7/edit}
     * @param flash      the message key shown after the redirect
     * @param invalid    shows the form again with {@code result}'s errors
     * @param stale      shows the form again, based on the given current version
     */
    public static <T> String save(Supplier<T> save, Function<T, String> location, String flash, BindingResult result,
            Model model, RedirectAttributes redirect, Supplier<String> invalid, LongFunction<String> stale) {
        try {
            T saved = save.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:" + location.apply(saved);
        }
        catch (InvalidCommandException ex) {
            reject(ex, "", result);
            if (ex instanceof HiddenPartsException hidden && !hidden.draftPartners().isEmpty()) {
                // The form offers "also publish these partners" (a checkbox, unticked: a decision to take).
                model.addAttribute("draftPartners", hidden.draftNamesIn(LocaleContextHolder.getLocale()));
            }
            return invalid.get();
        }
        catch (StaleEditException ex) {
            model.addAttribute("stale", ex);
            return stale.apply(ex.currentVersion());
        }
    }

    /** Names in a message in the reader's language (partners have a Japanese name, perhaps). */
    private static Object[] localised(Object[] arguments) {
        Object[] copy = arguments.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof HiddenPartsException.Names names) {
                copy[i] = names.in(LocaleContextHolder.getLocale());
            }
        }
        return copy;
    }

    private static Object rejected(BindingResult form, String field) {
        try {
            return form.getRawFieldValue(field);
        }
        catch (RuntimeException ex) {
            return null;
        }
    }

    /** The languages a text or a signed document may be in, as offered by the forms. */
    public static List<String> languages() {
        return List.of("en", "ja", "zh-Hans", "zh-Hant", "ko", "fr", "de", "es", "pt", "it", "ru", "ar", "id", "th", "vi");
    }
}
