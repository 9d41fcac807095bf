package org.citydiplomacy.portal.shared;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read queries whose rows carry a record's small parts as JSON columns, gathered by {@code json_agg}
 * in the same statement (one statement per page instead of one per part): the statements, and the
 * application's mapper that reads those columns back into records.
 */
public abstract class JsonColumnQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    protected JsonColumnQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    protected final JdbcClient jdbc() {
        return jdbc;
    }

    /** A JSON column of the current row, read as {@code type}. */
    protected final <T> T json(ResultSet row, String column, TypeReference<T> type) throws SQLException {
        return json.readValue(row.getString(column), type);
    }
}
