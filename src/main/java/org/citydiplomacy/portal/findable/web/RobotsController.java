package org.citydiplomacy.portal.findable.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.citydiplomacy.portal.platform.web.PublicUrl;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /robots.txt}: crawlers may read every public page, not the staff workspace, the sign-in page,
 * the token endpoint or anyone's personal calendar, and find the sitemap at its absolute address (the configured public URL).
 */
@Controller
class RobotsController {

    private final String robots;

    RobotsController(PublicUrl urls) {
        this.robots = """
                User-agent: *
                Disallow: /staff
                Disallow: /login
                Disallow: /api/v1/tokens
                Disallow: /calendar/

                Sitemap: %s
                """.formatted(urls.absolute("/sitemap.xml"));
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(robots);
    }
}
