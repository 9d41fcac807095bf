package org.citydiplomacy.portal.map.domain;

import java.util.List;

import org.citydiplomacy.portal.map.MapPlace;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.partners.Relationship;
import org.citydiplomacy.portal.shared.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partners the map places: published, with both coordinates. One statement. */
@Repository
public class MapQueries {

    private final JdbcClient jdbc;

    MapQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MapPlace> places() {
        return jdbc.sql("""
                SELECT slug, name, name_ja, country, relationship, latitude, longitude FROM partner
                 WHERE %s AND latitude IS NOT NULL AND longitude IS NOT NULL
                 ORDER BY name, slug""".formatted(Audience.PUBLIC.visibilityCondition("visibility")))
                .query((rs, row) -> new MapPlace(new PartnerRef(rs.getString("slug"), rs.getString("name"),
                        rs.getString("name_ja")), rs.getString("country"),
                        Relationship.valueOf(rs.getString("relationship")), rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude")))
                .list();
    }
}
