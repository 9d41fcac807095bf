package org.citydiplomacy.portal.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.meetings.MeetingService;
import org.citydiplomacy.portal.meetings.MeetingSummary;
import org.citydiplomacy.portal.partners.PartnerDetails;
import org.citydiplomacy.portal.partners.PartnerService;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.Office;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.timeline.TimelineEvent.Kind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a partner's timeline in three statements: the partner with its sources, its agreements, its meetings. */
@Service
@Transactional(readOnly = true)
public class TimelineService {

    private final PartnerService partners;
    private final AgreementService agreements;
    private final MeetingService meetings;

    TimelineService(PartnerService partners, AgreementService agreements, MeetingService meetings) {
        this.partners = partners;
        this.agreements = agreements;
        this.meetings = meetings;
    }

    public PartnerPage partnerPage(String slug, Audience audience) {
        PartnerDetails partner = partners.findWithSources(slug, audience);
        List<TimelineEvent> events = new ArrayList<>();
        if (partner.relationshipSince() != null) {
            events.add(new TimelineEvent(partner.relationshipSince(), Kind.RELATIONSHIP,
                    partner.relationship().name(), partner.name(), partner.nameJa(), null, null, null, null));
        }
        for (AgreementSummary a : agreements.ofPartner(slug, audience)) {
            events.add(new TimelineEvent(a.signedOn(), Kind.AGREEMENT, a.type().name(), a.title(), a.titleJa(),
                    a.id(), null, null, null));
        }
        for (MeetingSummary m : meetings.ofPartner(slug, audience)) {
            events.add(new TimelineEvent(m.date(), Kind.MEETING, m.kind().name(), m.title(), m.titleJa(),
                    m.id(), m.place(), m.placeJa(), null));
        }
        events.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::kind));
        // The office's day, as everywhere: Seoul's last event (3 February 2015) is 11 years ago on Tokyo's calendar.
        return new PartnerPage(partner, withGaps(events), PartnerPage.yearsQuietSinceLast(events, Office.today()));
    }

    private static List<TimelineEvent> withGaps(List<TimelineEvent> events) {
        List<TimelineEvent> result = new ArrayList<>(events.size());
        PartialDate previous = null;
        for (TimelineEvent event : events) {
            Integer gap = previous == null ? null : event.date().year() - previous.year();
            result.add(event.withYearsSincePrevious(gap));
            previous = event.date();
        }
        return result;
    }
}
