package org.citydiplomacy.portal.agreements.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.citydiplomacy.portal.agreements.AgreementDetails;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.platform.web.JsonLd;
import org.citydiplomacy.portal.platform.web.PageMeta;
import org.citydiplomacy.portal.platform.web.PublicUrl;
import org.citydiplomacy.portal.platform.web.SourceNotes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an agreement's page says about itself: its summary in the reader's language, or else its title,
 * type, partners and date; and a schema.org CreativeWork (an agreement between cities is not
 * legislation) with the date signed, the two sides as its creators, the signatories and the sources.
 */
@Component
class AgreementPageMeta {

    private final MessageSource messages;
    private final PublicUrl urls;

    AgreementPageMeta(MessageSource messages, PublicUrl urls) {
        this.messages = messages;
        this.urls = urls;
    }

    PageMeta of(AgreementDetails agreement, Locale locale) {
        String path = "/agreements/" + agreement.id();
        String title = agreement.titleIn(locale);
        String type = messages.getMessage("agreementType." + agreement.type(), null, locale);
        return PageMeta.article(title, description(agreement, title, type, locale), path,
                jsonLd(agreement, title, type, path, locale));
    }

    private String description(AgreementDetails agreement, String title, String type, Locale locale) {
        String summary = "ja".equals(locale.getLanguage()) ? agreement.summaryJa() : agreement.summary();
        if (summary != null && !summary.isBlank()) {
            return summary;
        }
        String date = agreement.signedOn().format(locale);
        if (agreement.partners().isEmpty()) {
            return messages.getMessage("meta.agreement.noPartners", new Object[] { title, type, date }, locale);
        }
        String partners = agreement.partners().stream().map(p -> p.nameIn(locale))
                .collect(Collectors.joining(messages.getMessage("list.separator", null, locale)));
        return messages.getMessage("meta.agreement", new Object[] { title, type, partners, date }, locale);
    }

    private JsonLd jsonLd(AgreementDetails agreement, String title, String type, String path, Locale locale) {
        boolean ja = "ja".equals(locale.getLanguage());
        List<JsonLd> creators = new ArrayList<>();
        creators.add(JsonLd.thing("GovernmentOrganization")
                .with("name", messages.getMessage("portal.city", null, locale)));
        for (PartnerRef partner : agreement.partners()) {
            creators.add(JsonLd.thing("GovernmentOrganization").with("name", partner.nameIn(locale))
                    .with("url", urls.absolute("/partners/" + partner.slug())));
        }
        return JsonLd.of("CreativeWork")
                .with("url", urls.absolute(path))
                .with("name", title)
                .with("alternateName", ja ? (agreement.titleJa() != null ? agreement.title() : null) : agreement.titleJa())
                .with("description", agreement.summaryIn(locale))
                .with("genre", type)
                .with("dateCreated", agreement.signedOn())
                .with("expires", agreement.expiresOn())
                .with("locationCreated", agreement.place() == null ? null
                        : JsonLd.thing("Place").with("name", agreement.placeIn(locale)))
                .with("inLanguage", agreement.texts().stream().map(AgreementDetails.Text::language).toList())
                .with("creator", creators)
                .with("contributor", agreement.signatories().stream()
                        .map(s -> JsonLd.thing("Person").with("name", s.nameIn(locale)).with("jobTitle", s.officeIn(locale)))
                        .toList())
                .with("citation", SourceNotes.asJsonLd(agreement.sources()));
    }
}
