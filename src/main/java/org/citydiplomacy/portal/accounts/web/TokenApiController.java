package org.citydiplomacy.portal.accounts.web;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.citydiplomacy.portal.accounts.AccessTokenService;
import org.citydiplomacy.portal.accounts.IssuedToken;
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
@RequestMapping("/api/v1/tokens")
class TokenApiController {

    /** Optional: a name to recognise the token by, and a shorter life than the default. */
    record TokenRequest(@Size(max = 100) String name,
            @Min(value = 1, message = "{validation.token.days}") @Max(value = 365, message = "{validation.token.days}") Integer days) {
    }

    private final AccessTokenService tokens;
    private final org.citydiplomacy.portal.accounts.TokenProperties properties;

    TokenApiController(AccessTokenService tokens, org.citydiplomacy.portal.accounts.TokenProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    @PostMapping
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
