package org.citydiplomacy.portal.agreements;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;

/** An agreement as a news feed shows it: with its summary and when its record last changed. */
public record AgreementFeedItem(long id, AgreementType type, String title, String titleJa, PartialDate signedOn,
        String summary, String summaryJa, Instant updatedAt, List<PartnerRef> partners) {

    public String titleIn(Locale locale) {
        return Texts.in(locale, title, titleJa);
    }

    public String summaryIn(Locale locale) {
        return Texts.in(locale, summary, summaryJa);
    }
}
