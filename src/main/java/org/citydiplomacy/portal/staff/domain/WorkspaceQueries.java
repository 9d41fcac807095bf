package org.citydiplomacy.portal.staff.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.citydiplomacy.portal.shared.Visibility;
import org.citydiplomacy.portal.staff.WorkspaceItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads across the record tables of several modules in one statement each, so that the start page
 * does not cost a query per module and kind. Read-only, staff-only (it sees every visibility), and
 * served by the (visibility, updated_at) indexes of each table.
 */
@Repository
public class WorkspaceQueries {

    private static final String ALL_RECORDS = """
            (SELECT 'AGREEMENT' AS kind, id::text AS key, title, title_ja, visibility, updated_at, updated_by FROM agreement
             %1$s ORDER BY updated_at DESC LIMIT :limit)
            UNION ALL
            (SELECT 'MEETING', id::text, title, title_ja, visibility, updated_at, updated_by FROM meeting
             %1$s ORDER BY updated_at DESC LIMIT :limit)
            UNION ALL
            (SELECT 'PARTNER', slug, name, name_ja, visibility, updated_at, updated_by FROM partner
             %1$s ORDER BY updated_at DESC LIMIT :limit)
            ORDER BY updated_at DESC LIMIT :limit""";

    private final JdbcClient jdbc;

    WorkspaceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WorkspaceItem> drafts(int limit) {
        return jdbc.sql(ALL_RECORDS.formatted("WHERE visibility = 'DRAFT'")).param("limit", limit)
                .query(WorkspaceQueries::item).list();
    }

    public List<WorkspaceItem> recentChanges(int limit) {
        return jdbc.sql(ALL_RECORDS.formatted("")).param("limit", limit).query(WorkspaceQueries::item).list();
    }

    private static WorkspaceItem item(ResultSet rs, int row) throws SQLException {
        return new WorkspaceItem(WorkspaceItem.Kind.valueOf(rs.getString("kind")), rs.getString("key"),
                rs.getString("title"), rs.getString("title_ja"), Visibility.valueOf(rs.getString("visibility")),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
