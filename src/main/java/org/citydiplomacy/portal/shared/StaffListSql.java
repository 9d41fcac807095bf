package org.citydiplomacy.portal.shared;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one statement behind the three staff lists (agreements, meetings, partners): the same shape
 * on each module's own table, so it lives once. Table and column names are the callers' constants,
 * never input; the words searched are bound parameters.
 */
public final class StaffListSql {

    private StaffListSql() {
    }

    /**
     * @param table     the record's table, e.g. {@code agreement}
     * @param key       the expression of its key as text, e.g. {@code id::text} or {@code slug}
     * @param title     its title or name column; {@code titleJa} the Japanese one
     */
    public static PageResult<StaffListItem> page(JdbcClient jdbc, String table, String key, String title,
            String titleJa, StaffListQuery query) {
        String pattern = "%" + query.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        long[] total = { 0 };
        List<StaffListItem> rows = jdbc.sql("SELECT " + key + " AS record_key, " + title + " AS title, " + titleJa
                        + " AS title_ja, visibility, updated_at, updated_by, count(*) OVER () AS total FROM " + table
                        + " WHERE (:q = '' OR " + title + " ILIKE :pattern OR " + titleJa + " ILIKE :pattern OR "
                        + key + " = :q)"
                        + " AND (:visibility = '' OR visibility = :visibility)"
                        + " ORDER BY updated_at DESC, " + key + " DESC LIMIT :size OFFSET :offset")
                .param("q", query.q())
                .param("pattern", pattern)
                .param("visibility", query.visibility() == null ? "" : query.visibility().name())
                .param("size", query.page().size())
                .param("offset", query.page().offset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new StaffListItem(rs.getString("record_key"), rs.getString("title"),
                            rs.getString("title_ja"), Visibility.valueOf(rs.getString("visibility")),
                            Sql.instant(rs, "updated_at"), rs.getString("updated_by"));
                })
                .list();
        if (rows.isEmpty() && query.page().page() > 0) {
            total[0] = jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
        }
        return PageResult.of(rows, query.page(), total[0]);
    }
}
