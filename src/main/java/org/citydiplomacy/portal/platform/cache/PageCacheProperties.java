package org.citydiplomacy.portal.platform.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of rendered public pages ({@code portal.page-cache.*}): on by default, holding at most
 * {@code max-size} of pages in memory, each at most {@code max-page-size}. Public pages are made at
 * most {@code renders} at a time (0: twice the processors), a request waiting at most
 * {@code render-wait} for its turn ({@link RenderSlots}).
 */
@ConfigurationProperties("portal.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize,
        @DefaultValue("1MB") DataSize maxPageSize, @DefaultValue("0") int renders,
        @DefaultValue("500ms") Duration renderWait) {

    int rendersAtOnce() {
        return renders > 0 ? renders : RenderSlots.defaultCount();
    }
}
