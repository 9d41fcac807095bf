package org.citydiplomacy.portal.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The database's data version: a counter that triggers move forward on every change to a table
 * the public pages read (migration V20). Figures that are costly to compute (facet counts, totals)
 * are cached under the version they were computed at, so a cache never outlives its data and
 * several portal instances sharing one database stay consistent. Reading it is one primary-key lookup.
 */
@Component
public class DataVersion {

    private static final String ATTRIBUTE = DataVersion.class.getName();

    /** What {@link #known()} answers when the request has not read the version. */
    public static final long UNKNOWN = -1;

    private final JdbcClient jdbc;

    DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The current version. A request that only reads (GET, HEAD) reads it once and keeps it for
     * the rest of the request, so that the page cache and the services agree on one version and a
     * page runs one statement fewer.
     */
    public long current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request instanceof ServletRequestAttributes servlet && isRead(servlet.getRequest().getMethod())) {
            Object kept = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            if (kept instanceof Long version) {
                return version;
            }
            long version = read();
            request.setAttribute(ATTRIBUTE, version, RequestAttributes.SCOPE_REQUEST);
            return version;
        }
        return read();
    }

    /**
     * The version this request has read already, or {@link #UNKNOWN} when it has read none (or is not
     * a read): for a statement that returns the data version it saw, so that a request that needs the
     * version only to check what it read does not read it first (issue 13).
     */
    public long known() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Long version
                ? version : UNKNOWN;
    }

    /**
     * Keeps the version a statement of this request read along with its data, when the request has
     * read none yet, so that the rest of the request works at that version without reading it again.
     */
    public void remember(long version) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (version != UNKNOWN && request instanceof ServletRequestAttributes servlet
                && isRead(servlet.getRequest().getMethod())
                && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) == null) {
            request.setAttribute(ATTRIBUTE, version, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private long read() {
        return jdbc.sql("SELECT version FROM data_version WHERE id").query(Long.class).single();
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
