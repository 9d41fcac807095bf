package org.citydiplomacy.portal.map.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.map.domain.MapQueries;
import org.citydiplomacy.portal.map.domain.WorldOutline;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.ParameterReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map of the partners: an SVG map drawn on the server (no script, no tiles, nothing fetched),
 * zoomed to a region by a plain link, with the list of the same partners beside it as its text
 * alternative. One statement.
 */
@Controller
class MapPageController {

    /** Tokyo, the city whose partners these are: drawn as a star, not a link. */
    static final double TOKYO_LATITUDE = 35.6895;
    static final double TOKYO_LONGITUDE = 139.6917;

    private final MapQueries places;
    private final WorldOutline outline;

    MapPageController(MapQueries places, WorldOutline outline) {
        this.places = places;
        this.outline = outline;
    }

    @GetMapping("/map")
    String show(@RequestParam(required = false) String region, Locale locale, Model model) {
        ParameterReader reader = new ParameterReader();
        MapRegion shown = reader.choice("region", region == null || region.isBlank() ? null : region, MapRegion::parse,
                MapRegion.allowed());
        reader.throwIfInvalid();
        List<MapMarker> markers = places.places().stream().map(place -> MapMarker.of(place, shown)).toList();
        List<MapMarker> inView = PartnerRef.sortedByName(
                markers.stream().filter(m -> shown.contains(m.x(), m.y())).toList(), m -> m.place().partner(), locale);
        double tokyoX = TOKYO_LONGITUDE + 180;
        double tokyoY = 90 - TOKYO_LATITUDE;
        model.addAttribute("region", shown);
        model.addAttribute("regionKey", "map.region." + shown.name());
        model.addAttribute("viewBox", shown.viewBox());
        model.addAttribute("countries", outline.pathData());
        model.addAttribute("markers", markers);
        model.addAttribute("listed", inView);
        model.addAttribute("labelled", shown != MapRegion.WORLD);
        model.addAttribute("tokyo", shown.contains(tokyoX, tokyoY) ? tokyo(tokyoX, tokyoY, shown) : null);
        model.addAttribute("regions", Arrays.stream(MapRegion.values())
                .map(r -> new RegionLink(r.parameter(), "map.region." + r.name(), r == shown)).toList());
        model.addAttribute("overviewStyles", true);
        return "map/show";
    }

    private static Tokyo tokyo(double x, double y, MapRegion region) {
        double r = region.width / 70;
        StringBuilder star = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 5 * i - Math.PI / 2;
            double radius = i % 2 == 0 ? r : r * 0.45;
            star.append(i == 0 ? 'M' : 'L').append(MapRegion.format(Math.round((x + radius * Math.cos(angle)) * 100) / 100.0))
                    .append(' ').append(MapRegion.format(Math.round((y + radius * Math.sin(angle)) * 100) / 100.0));
        }
        return new Tokyo(star.append('Z').toString(), Math.round((x + r * 1.3) * 100) / 100.0,
                Math.round((y + r * 0.4) * 100) / 100.0, Math.round(region.width / 50 * 100) / 100.0);
    }

    record RegionLink(String parameter, String labelKey, boolean current) {
    }

    record Tokyo(String shape, double labelX, double labelY, double fontSize) {
    }

}
