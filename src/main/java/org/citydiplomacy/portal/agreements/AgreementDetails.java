package org.citydiplomacy.portal.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.Citation;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;
import org.citydiplomacy.portal.shared.Versioned;
import org.citydiplomacy.portal.shared.Visibility;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Every public field of an agreement, with its texts, documents, related records and sources. */
public record AgreementDetails(long id, AgreementType type, String title, String titleJa, PartialDate signedOn,
        String place, String placeJa, String summary, String summaryJa, AgreementStatus status, LocalDate reviewOn,
        LocalDate expiresOn, Visibility visibility, List<PartnerRef> partners, List<Signatory> signatories,
        List<CooperationArea> areas, List<RelatedAgreement> related, List<MeetingRef> meetings, List<Text> texts,
        List<Document> documents, List<Citation> sources, @JsonIgnore long version) implements Versioned {

    public String titleIn(Locale locale) {
        return Texts.in(locale, title, titleJa);
    }

    public String placeIn(Locale locale) {
        return Texts.in(locale, place, placeJa);
    }

    public String summaryIn(Locale locale) {
        return Texts.in(locale, summary, summaryJa);
    }

    public record Signatory(String name, String nameJa, String office, String officeJa, String side, String partner) {

        public String nameIn(Locale locale) {
            return Texts.in(locale, name, nameJa);
        }

        public String officeIn(Locale locale) {
            return Texts.in(locale, office, officeJa);
        }
    }

    /**
     * Another agreement this one renews, supersedes or amends ({@code direction = "TO"}), or one that
     * renews, supersedes or amends this one ({@code "FROM"}).
     */
    public record RelatedAgreement(long id, RelationKind kind, String direction, String title, String titleJa,
            PartialDate signedOn) {

        public String titleIn(Locale locale) {
            return Texts.in(locale, title, titleJa);
        }
    }

    /** A meeting at which the agreement was signed. */
    public record MeetingRef(long id, String title, String titleJa, PartialDate date) {

        public String titleIn(Locale locale) {
            return Texts.in(locale, title, titleJa);
        }
    }

    /** A full text in one language (a BCP 47 tag). */
    public record Text(String language, String title, String body) {
    }

    /** A signed document (PDF); its bytes are fetched separately. */
    /** A signed document; {@code visibility} WITHDRAWN only ever reaches staff. */
    public record Document(long id, String language, String filename, String contentType, long sizeBytes,
            String sha256, Visibility visibility) {

        public boolean withdrawn() {
            return visibility == Visibility.WITHDRAWN;
        }
    }
}
