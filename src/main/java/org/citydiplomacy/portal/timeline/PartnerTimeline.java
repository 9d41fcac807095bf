package org.citydiplomacy.portal.timeline;

import java.util.List;

import org.citydiplomacy.portal.partners.PartnerDetails;

/** A partner and its events, oldest first. */
public record PartnerTimeline(PartnerDetails partner, List<TimelineEvent> events) {
}
