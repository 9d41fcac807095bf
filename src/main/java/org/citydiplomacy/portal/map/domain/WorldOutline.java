package org.citydiplomacy.portal.map.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The countries of the world as one SVG path, from {@code map/world-110m.txt}: Natural Earth's
 * 1:110m country outlines (public domain), converted once by {@code tools/map/build-world.mjs}.
 * Equirectangular projection with one unit per degree: x = longitude + 180, y = 90 - latitude.
 * Read once when the portal starts; nothing is fetched from outside.
 */
@Component
public class WorldOutline {

    static final String RESOURCE = "map/world-110m.txt";

    private final String pathData;

    WorldOutline() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            StringBuilder path = new StringBuilder(70_000);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    path.append(line, tab + 1, line.length());
                }
            }
            this.pathData = path.toString();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The map's country outlines " + RESOURCE + " cannot be read", ex);
        }
    }

    public String pathData() {
        return pathData;
    }
}
