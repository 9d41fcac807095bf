package org.citydiplomacy.portal.accounts;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Turns a bearer token into its owner, with the owner's current role: one look-up by hash, refused if
 * the token is unknown, expired or revoked or its account is deactivated.
 */
class AccessTokenIntrospector implements OpaqueTokenIntrospector {

    private final AccessTokenService tokens;

    AccessTokenIntrospector(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        return tokens.authenticate(token)
                .map(owner -> new DefaultOAuth2AuthenticatedPrincipal(owner.username(),
                        Map.of("sub", owner.username(), "name", owner.displayName(), "token_id", owner.tokenId()),
                        List.of(new SimpleGrantedAuthority(owner.role().authority()))))
                .orElseThrow(() -> new BadOpaqueTokenException("The token is unknown, expired or revoked"));
    }
}
