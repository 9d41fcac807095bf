package org.citydiplomacy.portal.map;

import java.util.List;

import org.citydiplomacy.portal.map.domain.MapQueries;
import org.citydiplomacy.portal.map.domain.WorldOutline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the map shows: the published partners that have coordinates (one statement), and the
 * outlines of the countries (read once from the portal's own resources, never fetched).
 */
@Service
@Transactional(readOnly = true)
public class MapService {

    private final MapQueries queries;
    private final WorldOutline outline;

    MapService(MapQueries queries, WorldOutline outline) {
        this.queries = queries;
        this.outline = outline;
    }

    /** Published partners with coordinates, by name; drafts and withdrawn partners never. */
    public List<MapPlace> places() {
        return queries.places();
    }

    /** The countries' outlines as SVG path data, in the map's projection (see {@link WorldOutline}). */
    public String countryOutlines() {
        return outline.pathData();
    }
}
