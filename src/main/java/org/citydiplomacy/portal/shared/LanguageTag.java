package org.citydiplomacy.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A well-formed BCP 47 language tag ({@code en}, {@code ja}, {@code zh-Hant}, {@code pt-BR}); null is valid. */
@Documented
@Constraint(validatedBy = LanguageTag.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

    String message() default "{validation.languageTag}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageTag, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || LanguageTags.canonical(value) != null;
        }
    }
}
