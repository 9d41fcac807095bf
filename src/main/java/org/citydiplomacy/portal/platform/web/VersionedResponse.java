package org.citydiplomacy.portal.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.core.annotation.AliasFor;

/**
 * Documents an API operation's 200 answer as {@link Versions#tagged} gives it: the record, with the
 * ETag of its version for the next If-Match. The three record APIs say it once each way here.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(responseCode = "200", headers = @Header(name = "ETag", description = "Its version, for If-Match",
        schema = @Schema(type = "string")))
public @interface VersionedResponse {

    /** What the answer is, e.g. "Saved; ETag is the new version". */
    @AliasFor(annotation = ApiResponse.class, attribute = "description")
    String value();

    String SAVED = "Saved; ETag is the new version";
    String WITHDRAWN = "Withdrawn; ETag is the new version";
    String EDITABLE = "The editable state";
}
