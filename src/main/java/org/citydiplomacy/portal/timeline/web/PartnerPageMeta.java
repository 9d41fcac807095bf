package org.citydiplomacy.portal.timeline.web;

import java.util.Locale;
import java.util.stream.Stream;

import org.citydiplomacy.portal.partners.PartnerDetails;
import org.citydiplomacy.portal.platform.web.Formats;
import org.citydiplomacy.portal.platform.web.JsonLd;
import org.citydiplomacy.portal.platform.web.PageMeta;
import org.citydiplomacy.portal.platform.web.PublicUrl;
import org.citydiplomacy.portal.platform.web.SourceNotes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a partner's page says about itself: the relationship in Tokyo's own word where recorded, since
 * when, and the note on it; and a schema.org place (City, AdministrativeArea or Place) with its
 * coordinates and country.
 */
@Component
class PartnerPageMeta {

    private final MessageSource messages;
    private final PublicUrl urls;

    PartnerPageMeta(MessageSource messages, PublicUrl urls) {
        this.messages = messages;
        this.urls = urls;
    }

    /** The page's permanent address, for citing it. */
    String permalink(String slug) {
        return urls.builder().path("/partners/{slug}").buildAndExpand(slug).toUriString();
    }

    PageMeta of(PartnerDetails partner, Locale locale) {
        String path = "/partners/" + partner.slug();
        String name = partner.nameIn(locale);
        return PageMeta.article(name, description(partner, name, locale), path, jsonLd(partner, name, path, locale));
    }

    private String description(PartnerDetails partner, String name, Locale locale) {
        boolean ja = "ja".equals(locale.getLanguage());
        String term = ja ? partner.cityTermJa() : partner.cityTerm();
        if (term == null) {
            String label = messages.getMessage("partner.relationship." + partner.relationship(), null, locale);
            term = ja ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        String country = Formats.countryName(partner.country(), locale);
        String text = partner.relationshipSince() == null
                ? messages.getMessage("meta.partner.noDate", new Object[] { name, country, term }, locale)
                : messages.getMessage("meta.partner",
                        new Object[] { name, country, term, partner.relationshipSince().format(locale) }, locale);
        String note = ja ? partner.relationshipNoteJa() : partner.relationshipNote();
        return note == null ? text : text + " " + note;
    }

    private JsonLd jsonLd(PartnerDetails partner, String name, String path, Locale locale) {
        boolean ja = "ja".equals(locale.getLanguage());
        String type = switch (partner.kind()) {
            case CITY, CITY_STATE -> "City";
            case STATE, REGION, PROVINCE -> "AdministrativeArea";
            case OTHER -> "Place";
        };
        return JsonLd.of(type)
                .with("url", urls.absolute(path))
                .with("name", name)
                .with("alternateName", Stream.of(ja ? (partner.nameJa() != null ? partner.name() : null)
                        : partner.nameJa(), partner.officialName()).filter(n -> n != null && !n.equals(name)).toList())
                .with("description", partner.relationshipNoteIn(locale))
                .with("geo", partner.latitude() == null || partner.longitude() == null ? null
                        : JsonLd.thing("GeoCoordinates").with("latitude", partner.latitude())
                                .with("longitude", partner.longitude()))
                .with("containedInPlace", JsonLd.thing("Country").with("name", Formats.countryName(partner.country(), locale))
                        .with("identifier", partner.country()))
                .with("subjectOf", SourceNotes.asJsonLd(partner.sources()));
    }
}
