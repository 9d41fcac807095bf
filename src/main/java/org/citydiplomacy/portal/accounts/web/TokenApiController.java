package org.citydiplomacy.portal.accounts.web;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.citydiplomacy.portal.accounts.AccessTokenService;
import org.citydiplomacy.portal.accounts.IssuedToken;
import org.citydiplomacy.portal.shared.StorableText;
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
    @StorableText
    record TokenRequest(@Size(max = 100) String name, @Min(1) @Max(3650) Integer days) {
    }

    private final AccessTokenService tokens;

    TokenApiController(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<IssuedToken> issue(@Valid @RequestBody(required = false) TokenRequest request,
            Authentication owner) {
        TokenRequest asked = request == null ? new TokenRequest(null, null) : request;
        IssuedToken token = tokens.issue(owner.getName(), asked.name(),
                asked.days() == null ? null : Duration.ofDays(asked.days()));
        // The token exists nowhere else: no cache may keep it.
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(token);
    }
}
