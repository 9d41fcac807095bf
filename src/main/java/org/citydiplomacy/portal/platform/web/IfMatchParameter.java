package org.citydiplomacy.portal.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * Documents an update's {@code If-Match} header (read with {@link Versions#fromIfMatch}) as required,
 * though Spring is told it is optional: a missing one is answered 428 by {@code Versions}, not a bare 400.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(required = true, description = "The ETag of the version this edit is based on", example = "\"3\"")
public @interface IfMatchParameter {
}
