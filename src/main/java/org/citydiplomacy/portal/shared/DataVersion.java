package org.citydiplomacy.portal.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's data version: a counter that triggers move forward on every change to a table
 * the public pages read (migration V20). Figures that are costly to compute (facet counts, totals)
 * are cached under the version they were computed at, so a cache never outlives its data and
 * several portal instances sharing one database stay consistent. Reading it is one primary-key lookup.
 */
@Component
public class DataVersion {

    private final JdbcClient jdbc;

    DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        return jdbc.sql("SELECT version FROM data_version WHERE id").query(Long.class).single();
    }
}
