package org.citydiplomacy.portal.platform.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where readers reach the portal ({@code portal.public-url}, default {@code http://localhost:8080}):
 * the base of every absolute address the portal writes (feeds, exports, permalinks, citations,
 * canonical links, sitemaps, robots.txt, structured data). Never taken from the request's
 * {@code Host} or {@code X-Forwarded-Host}, which a client chooses: a cache or proxy would otherwise
 * hand other readers links to a host of that client's choice.
 */
@ConfigurationProperties("portal")
public record PublicUrl(URI publicUrl) {

    public PublicUrl(@DefaultValue("http://localhost:8080") URI publicUrl) {
        String scheme = publicUrl.getScheme() == null ? "" : publicUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || publicUrl.getHost() == null
                || publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "portal.public-url must be an absolute http(s) address without query or fragment, such as"
                            + " https://portal.example: " + publicUrl);
        }
        String text = publicUrl.toString();
        this.publicUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** The base without a trailing slash, e.g. {@code https://portal.example}. */
    public String base() {
        return publicUrl.toString();
    }

    /** An address (path and query) within the portal, e.g. {@code /agreements/22}, as an absolute URL. */
    public String absolute(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    /** A builder at the base, to add a path and query to. */
    public UriComponentsBuilder builder() {
        return UriComponentsBuilder.fromUriString(base());
    }
}
