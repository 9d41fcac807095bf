package org.citydiplomacy.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Every text of a command record can be stored as given: no NUL character (PostgreSQL refuses it
 * in text) and no lone UTF-16 surrogate (UTF-8 cannot carry one; the driver would store "?" while
 * the answer echoed what was sent); the rule is {@link Texts#isStorable}. Put on the record type: each String component and each String
 * of a collection component is checked, and a problem is reported on that field. Nested command
 * records carry the annotation themselves.
 */
@Documented
@Constraint(validatedBy = StorableText.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableText {

    String message() default "{validation.text.unstorable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<StorableText, Record> {

        @Override
        public boolean isValid(Record value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = true;
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object field = read(component, value);
                if (field instanceof String text && !Texts.isStorable(text)
                        || field instanceof Collection<?> values
                                && values.stream().anyMatch(v -> v instanceof String text && !Texts.isStorable(text))) {
                    valid = false;
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode(component.getName()).addConstraintViolation();
                }
            }
            return valid;
        }

        private static Object read(RecordComponent component, Record value) {
            try {
                component.getAccessor().setAccessible(true);
                return component.getAccessor().invoke(value);
            }
            catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("Cannot read " + component, ex);
            }
        }
    }
}
