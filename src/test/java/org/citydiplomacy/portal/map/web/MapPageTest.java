package org.citydiplomacy.portal.map.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydiplomacy.portal.support.WebPages.page;
import static org.citydiplomacy.portal.support.WebPages.text;
import static org.citydiplomacy.portal.support.WebPages.texts;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.RecordFixtures;
import org.citydiplomacy.portal.support.StatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The map: every published partner with coordinates, as a link on an SVG map and in the list beside it. */
@PortalTest
class MapPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    RecordFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new RecordFixtures(jdbc);
    }

    @AfterEach
    void cleanUp() {
        fixtures.deleteAll();
    }

    Document get200(String url, String language) throws Exception {
        return page(mvc.perform(get(url).header("Accept-Language", language)).andExpect(status().isOk()).andReturn());
    }

    List<String> placedSlugs() {
        return jdbc.sql("""
                SELECT '/partners/' || slug FROM partner
                 WHERE visibility = 'PUBLISHED' AND latitude IS NOT NULL AND longitude IS NOT NULL""")
                .query(String.class).list();
    }

    @Test
    void placesEveryPublishedPartnerWithCoordinatesAsALinkAndListsTheSame() throws Exception {
        Document page = get200("/map", "en");

        assertThat(text(page, "h1")).isEqualTo("Map of the partners");
        Element map = page.selectFirst("svg.world-map");
        assertThat(map.attr("viewBox")).isEqualTo("0 5 360 145");
        assertThat(map.attr("aria-label")).isEqualTo("Map of Tokyo's partners: World");
        assertThat(map.selectFirst("path.world-map__land").attr("d")).startsWith("M").hasSizeGreaterThan(50_000);
        assertThat(map.select("a").eachAttr("href")).containsExactlyInAnyOrderElementsOf(placedSlugs());
        assertThat(page.select(".map-list a").eachAttr("href")).containsExactlyInAnyOrderElementsOf(placedSlugs());
        assertThat(text(page, "#map-list-title")).isEqualTo("Partners on the map: World (" + placedSlugs().size() + ")");
        assertThat(page.select(".primary-nav a[aria-current=page]").text()).isEqualTo("Map");
    }

    @Test
    void tellsTheRelationshipByShapeAndWordsNotByColourAlone() throws Exception {
        Document page = get200("/map", "en");

        Element rome = page.selectFirst("svg a[href=/partners/rome]");
        assertThat(rome.attr("aria-label")).isEqualTo("Rome (Friendship city or state)");
        assertThat(rome.selectFirst("path.world-map__marker").classNames()).contains("world-map__marker--friendship");
        assertThat(rome.selectFirst("path.world-map__marker").attr("d")).contains("h").contains("v");
        Element newYork = page.selectFirst("svg a[href=/partners/new-york]");
        assertThat(newYork.attr("aria-label")).isEqualTo("New York City (Sister city or state)");
        assertThat(newYork.selectFirst("path.world-map__marker").attr("d")).contains("a");
        assertThat(texts(page, ".map-legend li")).containsExactly("Circle: sister city or state",
                "Square: friendship city or state", "Triangle: partner by agreement only");
        assertThat(page.select(".map-list li").stream().filter(li -> li.text().startsWith("Rome ")).findFirst()
                .orElseThrow().text()).isEqualTo("Rome Italy, friendship city or state (square)");
    }

    @Test
    void zoomsToARegionByAPlainLink() throws Exception {
        Document world = get200("/map", "en");
        assertThat(world.select(".map-regions a").eachAttr("href")).contains("/map", "/map?region=europe",
                "/map?region=north-america");
        assertThat(world.select("svg text.world-map__label")).extracting(Element::text).containsExactly("Tokyo");

        Document europe = get200("/map?region=europe", "en");
        assertThat(europe.selectFirst("svg.world-map").attr("viewBox")).isEqualTo("155 17 70 40");
        assertThat(europe.select(".map-regions a[aria-current=page]").text()).isEqualTo("Europe");
        assertThat(europe.select(".map-list a").eachAttr("href")).contains("/partners/rome", "/partners/paris")
                .doesNotContain("/partners/new-york", "/partners/seoul");
        assertThat(europe.select("svg a").eachAttr("href")).isEqualTo(europe.select(".map-list a").eachAttr("href"));
        // A zoomed map writes each partner's name beside its mark.
        assertThat(europe.select("svg a[href=/partners/rome] text").text()).isEqualTo("Rome");

        mvc.perform(get("/map?region=atlantis")).andExpect(status().isBadRequest());
    }

    @Test
    void namesThePartnersInJapanese() throws Exception {
        Document page = get200("/map?region=europe", "ja");

        assertThat(text(page, "h1")).isEqualTo("提携先の地図");
        assertThat(page.selectFirst("svg a[href=/partners/rome]").attr("aria-label")).startsWith("ローマ市（");
        assertThat(page.select("svg a[href=/partners/rome] text").text()).isEqualTo("ローマ市");
        assertThat(texts(page, ".map-list a")).contains("ローマ市");
    }

    @Test
    void neverPlacesADraftPartner() throws Exception {
        long draft = fixtures.partner("draft-map-partner", "Draft Map Partner", "DRAFT");
        jdbc.sql("UPDATE partner SET latitude = 48.0, longitude = 2.0 WHERE id = ?").params(draft).update();

        Document page = get200("/map?region=europe", "en");
        assertThat(page.text()).doesNotContain("Draft Map Partner");
        assertThat(page.select("a[href=/partners/draft-map-partner]")).isEmpty();
    }

    @Test
    void drawsEverythingItselfInOneStatementWithNoScriptOrOutsideAddress() throws Exception {
        StatementCounter.reset();
        String html = mvc.perform(get("/map")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(StatementCounter.count()).isEqualTo(1);

        Document page = org.jsoup.Jsoup.parse(html);
        assertThat(page.select("main script, main iframe, main img")).isEmpty();
        assertThat(page.select("main [href^=http], main [src^=http]")).isEmpty();
    }
}
