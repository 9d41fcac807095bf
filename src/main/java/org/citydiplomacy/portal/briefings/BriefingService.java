package org.citydiplomacy.portal.briefings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.agreements.AgreementDeadlines;
import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.meetings.MeetingService;
import org.citydiplomacy.portal.meetings.MeetingSummary;
import org.citydiplomacy.portal.networks.NetworkService;
import org.citydiplomacy.portal.partners.PartnerDetails;
import org.citydiplomacy.portal.partners.PartnerService;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.Office;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a briefing in six statements whatever the partner's history: the partner with its sources,
 * its staff notes, its agreements, their deadlines, its meetings, its networks. Staff only: it holds
 * drafts and staff notes.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class BriefingService {

    private static final AgreementDeadlines NO_DEADLINES = new AgreementDeadlines(null, null);

    private final PartnerService partners;
    private final AgreementService agreements;
    private final MeetingService meetings;
    private final NetworkService networks;

    BriefingService(PartnerService partners, AgreementService agreements, MeetingService meetings,
            NetworkService networks) {
        this.partners = partners;
        this.agreements = agreements;
        this.meetings = meetings;
        this.networks = networks;
    }

    /** @throws org.citydiplomacy.portal.shared.RecordNotFoundException if there is no such partner */
    public Briefing of(String slug) {
        PartnerDetails partner = partners.findWithSources(slug, Audience.STAFF);
        LocalDate today = Office.today();
        List<AgreementSummary> signed = agreements.ofPartner(slug, Audience.STAFF);
        Map<Long, AgreementDeadlines> deadlines = agreements.deadlinesOfPartner(slug);
        List<Briefing.AgreementLine> lines = signed.stream()
                .sorted(Comparator.comparing(AgreementSummary::signedOn, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .map(a -> new Briefing.AgreementLine(a, deadlines.getOrDefault(a.id(), NO_DEADLINES)))
                .toList();
        List<MeetingSummary> met = new ArrayList<>(meetings.ofPartner(slug, Audience.STAFF));
        met.sort(Comparator.comparing(MeetingSummary::date, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        return new Briefing(partner, today, anniversaries(partner, signed, today), lines,
                met.subList(0, Math.min(Briefing.LATEST_MEETINGS, met.size())), met.size(),
                networks.ofPartner(slug), partners.staffNotes(slug));
    }

    private static List<Briefing.ComingAnniversary> anniversaries(PartnerDetails partner,
            List<AgreementSummary> signed, LocalDate today) {
        List<Briefing.ComingAnniversary> coming = new ArrayList<>();
        Anniversary.next(partner.relationshipSince(), today)
                .ifPresent(a -> coming.add(new Briefing.ComingAnniversary(a, null)));
        for (AgreementSummary agreement : signed) {
            Anniversary.next(agreement.signedOn(), today)
                    .ifPresent(a -> coming.add(new Briefing.ComingAnniversary(a, agreement)));
        }
        coming.sort(Comparator.comparing(c -> c.anniversary().on()));
        return coming;
    }
}
