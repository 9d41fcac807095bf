package org.citydiplomacy.portal.agreements;

import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.PartialDate;

/**
 * Every public field of an agreement in both languages, flat, for exports. Signatories are
 * "name, office" joined with "; "; {@code textLanguages} names the full texts that exist.
 */
public record AgreementExportRow(long id, AgreementType type, String title, String titleJa, PartialDate signedOn,
        String place, String placeJa, String summary, String summaryJa, AgreementStatus status, LocalDate reviewOn,
        LocalDate expiresOn, List<PartnerRef> partners, List<CooperationArea> areas, String signatories,
        String signatoriesJa, List<String> textLanguages) {
}
