package org.citydiplomacy.portal.partners;

import java.util.Collection;
import java.util.List;

import org.citydiplomacy.portal.shared.HiddenPartsException;
import org.citydiplomacy.portal.shared.InvalidCommandException;

/**
 * Never a public record with a hidden part: before an agreement or a meeting is saved as published,
 * every partner it names must be public too. Draft partners are published with it when the editor
 * asked for that ({@code publishDraftPartners}), otherwise the save is refused naming them; withdrawn
 * partners and the record's own unpublished links (related agreements, a meeting's agreements) are
 * always refused. One check for both modules, so the rule and its messages are the same everywhere.
 */
public final class PublishingCheck {

    public static final String WITHDRAWN_PARTNERS = "validation.publish.withdrawnPartners";
    public static final String UNPUBLISHED_AGREEMENT = "validation.publish.unpublishedAgreement";

    private final PartnerWriteService partners;
    private final InvalidCommandException.Collector problems = new InvalidCommandException.Collector();
    private final List<UnpublishedPartner> hidden;

    private PublishingCheck(PartnerWriteService partners, Collection<Long> partnerIds) {
        this.partners = partners;
        this.hidden = partners.unpublished(partnerIds);
    }

    /** @param partnerIds every partner the record names (as partner, signatory's side or participant's) */
    public static PublishingCheck of(PartnerWriteService partners, Collection<Long> partnerIds) {
        return new PublishingCheck(partners, partnerIds);
    }

    /** A record this one links to that the public does not see: e.g. {@code relations[0].agreementId}. */
    public void rejectUnpublishedAgreement(String field, long id, String title) {
        problems.reject(field, UNPUBLISHED_AGREEMENT, id, title);
    }

    /**
     * Publishes the draft partners if asked to, or refuses: afterwards everything the record names is public.
     * @throws HiddenPartsException naming what is not public, nothing having been written
     */
    public void settle(boolean publishDraftPartners) {
        List<HiddenPartsException.Part> drafts = parts(hidden.stream().filter(UnpublishedPartner::draft).toList());
        List<HiddenPartsException.Part> withdrawn = parts(hidden.stream().filter(p -> !p.draft()).toList());
        if (!withdrawn.isEmpty()) {
            problems.reject("visibility", WITHDRAWN_PARTNERS, new HiddenPartsException.Names(withdrawn));
        }
        if (!drafts.isEmpty() && (!publishDraftPartners || problems.hasProblems())) {
            problems.reject("visibility", HiddenPartsException.DRAFT_PARTNERS, new HiddenPartsException.Names(drafts));
        }
        if (problems.hasProblems()) {
            throw new HiddenPartsException(problems.problems(), drafts);
        }
        if (!drafts.isEmpty()) {
            partners.publishDrafts(hidden.stream().filter(UnpublishedPartner::draft).map(UnpublishedPartner::id).toList());
        }
    }

    private static List<HiddenPartsException.Part> parts(List<UnpublishedPartner> partners) {
        return partners.stream().map(p -> new HiddenPartsException.Part(p.slug(), p.name(), p.nameJa())).toList();
    }
}
