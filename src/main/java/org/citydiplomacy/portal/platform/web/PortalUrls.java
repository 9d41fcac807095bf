package org.citydiplomacy.portal.platform.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal is read from, as the public knows it ({@code portal.public-url}, default
 * {@code http://localhost:8080}): the base of every absolute address the portal hands out for others
 * to keep (canonical links, sitemaps, robots.txt, structured data). Taken from configuration rather
 * than from the request, whose Host header the client chooses.
 */
@ConfigurationProperties("portal")
public record PortalUrls(URI publicUrl) {

    public PortalUrls(@DefaultValue("http://localhost:8080") URI publicUrl) {
        String scheme = publicUrl.getScheme() == null ? "" : publicUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || publicUrl.getHost() == null
                || publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "portal.public-url must be an absolute http(s) address without query or fragment: " + publicUrl);
        }
        String text = publicUrl.toString();
        this.publicUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** An address within the portal ({@code /agreements/22}) as an absolute URL. */
    public String absolute(String path) {
        return publicUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
