package org.citydiplomacy.portal.map.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of the world the map zooms to by a plain link ({@code /map?region=europe}): each a box
 * in the map's units (degrees: x = longitude + 180, y = 90 - latitude). The world stops at 60
 * degrees south. Labels: {@code map.region.CODE}.
 */
enum MapRegion {
    WORLD(0, 5, 360, 145),
    EUROPE(155, 17, 70, 40),
    ASIA(205, 25, 125, 80),
    AFRICA(158, 50, 80, 78),
    NORTH_AMERICA(10, 12, 125, 78),
    SOUTH_AMERICA(90, 72, 65, 78),
    OCEANIA(280, 80, 80, 60);

    final double x;
    final double y;
    final double width;
    final double height;

    MapRegion(double x, double y, double width, double height) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    /** As written in the address: "north-america". */
    String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String viewBox() {
        return format(x) + " " + format(y) + " " + format(width) + " " + format(height);
    }

    boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    static Optional<MapRegion> parse(String value) {
        if (value == null) {
            return Optional.of(WORLD);
        }
        return Arrays.stream(values()).filter(r -> r.parameter().equals(value.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(MapRegion::parameter).toList());
    }

    static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
