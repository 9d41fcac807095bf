package org.citydiplomacy.portal.platform.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of rendered public pages ({@code portal.page-cache.*}): on by default, holding at most
 * {@code max-size} of pages in memory, each at most {@code max-page-size}.
 */
@ConfigurationProperties("portal.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize,
        @DefaultValue("1MB") DataSize maxPageSize) {
}
