package org.citydiplomacy.portal.agreements.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.SearchMatch;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Texts;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriUtils;

/**
 * One agreement as its row in the listing shows it, every text and address made in Java: the row
 * reads a dozen ready values instead of evaluating some thirty expressions and inserting three fragments
 * (date, status, partners), which was most of the cost of a listing page that is not kept
 * (docs/performance.md). The texts are what those fragments wrote: the date at its precision in the
 * reader's language, the status unless it was never recorded, the partners' names in the reader's language.
 *
 * @param titleLang {@code en} where a Japanese reader is shown the English title, else null
 * @param dateIso the date at its precision for {@code <time datetime>}, null when it is not known
 * @param badgeClass the status badge's classes, null when there is no status to show
 * @param matchPlace where a searched word was found ("Found in the title:"), null without a search
 */
record AgreementRow(String href, String typeLabel, String dateIso, String dateText, String badgeClass,
        String statusLabel, String title, String titleLang, List<PartnerLink> partners, String matchPlace,
        String matchLang, String excerpt) {

    /** A partner of the row, linked to its page, named in the reader's language. */
    record PartnerLink(String href, String name) {
    }

    /** The rows of one page; each type's and status's label is looked up once for the page. */
    static List<AgreementRow> of(List<AgreementSummary> agreements, MessageSource messages, Locale locale) {
        Map<AgreementType, String> types = new EnumMap<>(AgreementType.class);
        Map<AgreementStatus, String> statuses = new EnumMap<>(AgreementStatus.class);
        Map<SearchMatch, String> places = new HashMap<>();
        boolean japanese = Texts.japanese(locale);
        List<AgreementRow> rows = new ArrayList<>(agreements.size());
        for (AgreementSummary a : agreements) {
            String typeLabel = types.computeIfAbsent(a.type(),
                    type -> messages.getMessage("agreementType." + type, null, locale));
            AgreementStatus status = a.status();
            boolean showsStatus = status != null && status != AgreementStatus.UNKNOWN;
            String statusLabel = showsStatus ? statuses.computeIfAbsent(status,
                    s -> messages.getMessage("agreementStatus." + s, null, locale)) : null;
            List<PartnerLink> partners = new ArrayList<>(a.partners().size());
            for (PartnerRef p : a.partners()) {
                partners.add(new PartnerLink("/partners/" + UriUtils.encodePathSegment(p.slug(), "UTF-8"),
                        p.nameIn(locale)));
            }
            String matchPlace = null;
            String matchLang = null;
            String excerpt = null;
            if (a.match() != null) {
                // As #messages.msg(key, source) did: one argument, even when it is null.
                // Formatted once a page for each place and source: a message with an argument is a MessageFormat.
                matchPlace = places.computeIfAbsent(new SearchMatch(a.match().place(), a.match().source(), null),
                        m -> messages.getMessage("search.match." + m.place(), new Object[] { m.source() }, locale));
                matchLang = a.match().language();
                excerpt = a.match().excerpt();
            }
            rows.add(new AgreementRow("/agreements/" + a.id(), typeLabel,
                    a.signedOn() == null ? null : a.signedOn().toString(),
                    a.signedOn() == null ? null : a.signedOn().format(locale),
                    showsStatus ? "badge badge--" + status.name().toLowerCase(locale) : null, statusLabel,
                    a.titleIn(locale), japanese && a.titleJa() == null ? "en" : null, List.copyOf(partners),
                    matchPlace, matchLang, excerpt));
        }
        return List.copyOf(rows);
    }
}
