package org.citydiplomacy.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date a record of city diplomacy can plausibly carry: not before {@link #EARLIEST} (the oldest
 * city partnerships are 20th-century; 1800 leaves room for historic treaties), and at most
 * {@link #yearsAhead()} years after today (0: not in the future at all). Takes a {@link PartialDate}
 * (its first day counts) or a {@link LocalDate}; null is valid.
 */
@Documented
@Constraint(validatedBy = { PlausibleDate.PartialDateValidator.class, PlausibleDate.LocalDateValidator.class })
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

    /** How many years after today the date may be. */
    int yearsAhead();

    String message() default "{validation.date.implausible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the day a value starts on; the two validators differ only in how they find it. */
    abstract class Validator<T> implements ConstraintValidator<PlausibleDate, T> {

        private int yearsAhead;

        @Override
        public void initialize(PlausibleDate annotation) {
            yearsAhead = annotation.yearsAhead();
        }

        @Override
        public boolean isValid(T value, ConstraintValidatorContext context) {
            LocalDate date = value == null ? null : firstDay(value);
            return date == null || !date.isBefore(EARLIEST) && !date.isAfter(Office.today().plusYears(yearsAhead));
        }

        abstract LocalDate firstDay(T value);
    }

    class PartialDateValidator extends Validator<PartialDate> {

        @Override
        LocalDate firstDay(PartialDate value) {
            return value.start();
        }
    }

    class LocalDateValidator extends Validator<LocalDate> {

        @Override
        LocalDate firstDay(LocalDate value) {
            return value;
        }
    }
}
