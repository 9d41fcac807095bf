package org.citydiplomacy.portal.agreements;

import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;
import org.citydiplomacy.portal.shared.Visibility;

/** An agreement as a listing shows it; {@code match} only in a listing searched for words. */
public record AgreementSummary(long id, AgreementType type, String title, String titleJa, PartialDate signedOn,
        AgreementStatus status, Visibility visibility, List<PartnerRef> partners, SearchMatch match) {

    public String titleIn(Locale locale) {
        return Texts.in(locale, title, titleJa);
    }
}
