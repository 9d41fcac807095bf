package org.citydiplomacy.portal.shared;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the sources cited for one record, in one statement. */
@Component
public class Citations {

    private final JdbcClient jdbc;

    Citations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Citation> of(CitationSubject subject, long id) {
        return jdbc.sql("""
                SELECT s.title, s.publisher, s.url, s.published_on, s.published_on_precision, c.voice, c.detail
                  FROM citation c JOIN source s ON s.id = c.source_id
                 WHERE c.subject_type = :type AND c.subject_id = :id
                 ORDER BY c.id""")
                .param("type", subject.name())
                .param("id", id)
                .query((rs, n) -> new Citation(rs.getString(1), rs.getString(2), rs.getString(3),
                        PartialDate.ofNullable(rs.getObject(4, java.time.LocalDate.class), rs.getString(5)),
                        rs.getString(6), rs.getString(7)))
                .list();
    }
}
