package org.citydiplomacy.portal.map.web;

import org.citydiplomacy.portal.map.MapPlace;

/**
 * One partner drawn on the map: a shape that says its relationship without colour (a circle for a
 * sister, a square for a friendship, a triangle for a partner by agreement only; the colour says it
 * again), a larger invisible area around it to tap, and where its name goes. In map units, sized to
 * the region shown, so that a marker looks the same at every zoom.
 */
record MapMarker(MapPlace place, double x, double y, String shape, double hitRadius, double labelX, double labelY,
        double fontSize) {

    static MapMarker of(MapPlace place, MapRegion region) {
        double x = place.longitude().doubleValue() + 180;
        double y = 90 - place.latitude().doubleValue();
        double r = region.width / 100;
        return new MapMarker(place, round(x), round(y), shape(place, x, y, r), round(r * 3), round(x + r * 1.8),
                round(y + r * 0.6), round(region.width / 55));
    }

    private static String shape(MapPlace place, double x, double y, double r) {
        return switch (place.relationship()) {
            case SISTER -> "M" + n(x - r) + " " + n(y) + "a" + n(r) + " " + n(r) + " 0 1 0 " + n(2 * r) + " 0a" + n(r) + " "
                    + n(r) + " 0 1 0 " + n(-2 * r) + " 0z";
            case FRIENDSHIP -> "M" + n(x - r * 0.9) + " " + n(y - r * 0.9) + "h" + n(r * 1.8) + "v" + n(r * 1.8) + "h"
                    + n(-r * 1.8) + "z";
            case PARTNER -> "M" + n(x) + " " + n(y - r * 1.2) + "l" + n(r * 1.1) + " " + n(r * 2) + "h" + n(-r * 2.2) + "z";
        };
    }

    /** The class that colours the marker: {@code world-map__marker--sister}. */
    public String modifier() {
        return "world-map__marker--" + place.relationship().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String n(double value) {
        return MapRegion.format(round(value));
    }
}
