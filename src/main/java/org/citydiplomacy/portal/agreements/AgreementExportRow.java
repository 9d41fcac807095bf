package org.citydiplomacy.portal.agreements;

import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.PartialDate;

/**
 * Every public field of an agreement in both languages, flat, for exports. Signatories are
 * "name, office" joined with "; "; {@code textLanguages} names the full texts that exist, {@code textEn}
 * and {@code textJa} are the English and Japanese ones; {@code meetings} are the ids of the published
 * meetings it was signed at, {@code related} its relations as "RENEWS 12" or "AMENDED_BY 20",
 * {@code documents} the ids of its signed PDFs, {@code sources} each source with its note, one a line.
 */
public record AgreementExportRow(long id, AgreementType type, String title, String titleJa, PartialDate signedOn,
        String place, String placeJa, String summary, String summaryJa, AgreementStatus status, LocalDate reviewOn,
        LocalDate expiresOn, List<PartnerRef> partners, List<CooperationArea> areas, String signatories,
        String signatoriesJa, List<String> textLanguages, String textEn, String textJa, List<String> meetings,
        String meetingTitles, String meetingTitlesJa, String related, List<String> documents, String sources,
        String sourcesJa) {
}
