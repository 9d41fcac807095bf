package org.citydiplomacy.portal.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Documents an API create's 201 answer as {@link Versions#created} gives it: Location, and the ETag of its version. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(responseCode = "201", description = "Created: Location is its URL, ETag its version",
        headers = { @Header(name = "Location", description = "The new record's URL", schema = @Schema(type = "string", format = "uri-reference")),
                @Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = "string")) })
public @interface CreatedResponse {
}
