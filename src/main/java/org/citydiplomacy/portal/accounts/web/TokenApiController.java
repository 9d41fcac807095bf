package org.citydiplomacy.portal.accounts.web;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.citydiplomacy.portal.accounts.AccessTokenService;
import org.citydiplomacy.portal.accounts.IssuedToken;
import org.citydiplomacy.portal.shared.StorableText;
import org.citydiplomacy.portal.platform.web.ApiDocs;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Issues personal access tokens to staff who authenticate with their username and password. */
@RestController
@Tag(name = ApiDocs.TOKENS)
@RequestMapping("/api/v1/tokens")
class TokenApiController {

    /** Optional: a name to recognise the token by, and a shorter life than the default. */
    @StorableText
    @Schema(description = "Optional: a name to recognise the token by, and a shorter life than the default")
    record TokenRequest(
            @Schema(description = "A name to recognise the token by", example = "open-data sync") @Size(max = 100) String name,
            @Schema(description = "Days the token lives; default portal.tokens.lifetime (30 days), at most 365",
                    example = "7") @Min(value = 1, message = "{validation.token.days}") @Max(value = 365, message = "{validation.token.days}") Integer days) {
    }

    private final AccessTokenService tokens;
    private final org.citydiplomacy.portal.accounts.TokenProperties properties;

    TokenApiController(AccessTokenService tokens, org.citydiplomacy.portal.accounts.TokenProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    @PostMapping
    @Operation(operationId = "createToken", summary = "Obtain a personal access token",
            description = "HTTP Basic with a staff account's username and password. The token is shown once; send it as "
                    + "'Authorization: Bearer <token>'. Failed attempts are throttled like the sign-in form (429 with Retry-After).",
            responses = @ApiResponse(responseCode = "201", description = "The token, shown this once"))
    ResponseEntity<IssuedToken> issue(@Valid @RequestBody(required = false) TokenRequest request,
            Authentication owner) {
        TokenRequest asked = request == null ? new TokenRequest(null, null) : request;
        if (asked.days() != null && Duration.ofDays(asked.days()).compareTo(properties.maxLifetime()) > 0) {
            // Refused, not capped: a client that asked for more must know it did not get it.
            var problems = new org.citydiplomacy.portal.shared.InvalidCommandException.Collector();
            problems.reject("days", "validation.token.days.max", properties.maxLifetime().toDays());
            problems.throwIfAny();
        }
        IssuedToken token = tokens.issue(owner.getName(), asked.name(),
                asked.days() == null ? null : Duration.ofDays(asked.days()));
        // The token exists nowhere else: no cache may keep it.
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(token);
    }
}
