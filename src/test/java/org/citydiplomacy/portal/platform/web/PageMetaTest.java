package org.citydiplomacy.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.citydiplomacy.portal.shared.Citation;
import org.citydiplomacy.portal.shared.PartialDate;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The parts of a page's self-description: its public URL, its description's length, its JSON-LD. */
class PageMetaTest {

    @Test
    void thePublicUrlIsAnAbsoluteHttpAddressWithoutATrailingSlash() {
        assertThat(new PublicUrl(URI.create("https://records.example.org/")).absolute("/agreements/1"))
                .isEqualTo("https://records.example.org/agreements/1");
        assertThat(new PublicUrl(URI.create("https://records.example.org/portal")).absolute("/sitemap.xml"))
                .isEqualTo("https://records.example.org/portal/sitemap.xml");
        assertThatThrownBy(() -> new PublicUrl(URI.create("/relative"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicUrl(URI.create("javascript:alert(1)"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicUrl(URI.create("https://x.example/?a=b"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLinksOfAPageAreItsAddressInEachLanguageAndWithoutOne() {
        PageLinks links = new PageLinks(new PublicUrl(URI.create("https://r.example")));
        PageLinks.Links listing = links.of(new CurrentPage("/agreements", "partner=rome"), null);
        assertThat(listing.en()).isEqualTo("https://r.example/agreements?partner=rome&lang=en");
        assertThat(listing.ja()).isEqualTo("https://r.example/agreements?partner=rome&lang=ja");
        assertThat(listing.xDefault()).isEqualTo("https://r.example/agreements?partner=rome");
        assertThat(listing.canonical("ja")).isEqualTo(listing.ja());
        // A record's page is known by its path alone, whatever was added to the address.
        PageLinks.Links record = links.of(new CurrentPage("/agreements/7", "utm=x"),
                PageMeta.article("T", "D", "/agreements/7", null));
        assertThat(record.canonical("en")).isEqualTo("https://r.example/agreements/7?lang=en");
    }

    @Test
    void longDescriptionsAreCutAtAWordWithAnEllipsis() {
        String words = "word ".repeat(60);
        String cut = PageMeta.shortened(words);
        assertThat(cut).hasSizeLessThanOrEqualTo(PageMeta.DESCRIPTION_LENGTH).endsWith("word…");
        assertThat(PageMeta.shortened("  two\n lines ")).isEqualTo("two lines");
        String japanese = "東京都".repeat(80);
        assertThat(PageMeta.shortened(japanese)).hasSize(PageMeta.DESCRIPTION_LENGTH).endsWith("…");
    }

    @Test
    void jsonLdLeavesOutEmptyValuesAndCannotCloseItsScript() {
        String script = JsonLd.of("CreativeWork")
                .with("name", "</script><script>alert(1)</script><!-- & \u2028")
                .with("alternateName", null)
                .with("contributor", List.of())
                .with("dateCreated", PartialDate.ofMonth(2025, 9))
                .with("citation", SourceNotes.asJsonLd(List.of(
                        new Citation("Doc", null, "Pub", null, null, null, "CITY", "a", null),
                        new Citation("Doc", null, "Pub", null, null, null, "CITY", "b", null))))
                .toScript();
        assertThat(script).doesNotContain("<", ">", "&", "\u2028");
        JsonNode json = JsonMapper.builder().build().readTree(script);
        assertThat(json.get("name").asString()).isEqualTo("</script><script>alert(1)</script><!-- & \u2028");
        assertThat(json.has("alternateName")).isFalse();
        assertThat(json.has("contributor")).isFalse();
        assertThat(json.get("dateCreated").asString()).isEqualTo("2025-09");
        // A document cited twice is one work.
        assertThat(json.get("citation").get("name").asString()).isEqualTo("Doc");
    }
}
