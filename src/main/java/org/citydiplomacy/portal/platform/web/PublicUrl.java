package org.citydiplomacy.portal.platform.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where readers reach the portal ({@code portal.public-url}, default {@code http://localhost:8080}):
 * the base of every absolute link the portal writes (feeds, exports, permalinks, citations). Never
 * taken from the request's {@code Host} or {@code X-Forwarded-Host}, which a client chooses: a cache
 * or proxy would otherwise hand other readers links to a host of that client's choice.
 */
@ConfigurationProperties("portal")
public record PublicUrl(@DefaultValue("http://localhost:8080") URI publicUrl) {

    public PublicUrl {
        if (publicUrl.getScheme() == null || publicUrl.getHost() == null) {
            throw new IllegalArgumentException("portal.public-url must be an absolute URL such as https://portal.example: "
                    + publicUrl);
        }
    }

    /** The base without a trailing slash, e.g. {@code https://portal.example}. */
    public String base() {
        String base = publicUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute URL of a path (and query) of the portal, e.g. {@code /agreements/7}. */
    public String of(String pathAndQuery) {
        return base() + pathAndQuery;
    }

    /** A builder at the base, to add a path and query to. */
    public UriComponentsBuilder builder() {
        return UriComponentsBuilder.fromUriString(base());
    }
}
