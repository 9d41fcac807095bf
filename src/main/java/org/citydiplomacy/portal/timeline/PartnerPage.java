package org.citydiplomacy.portal.timeline;

import java.util.List;

import org.citydiplomacy.portal.partners.PartnerDetails;

/** What a partner's page shows ({@code /partners/{slug}}): the partner and its timeline events, oldest first. */
public record PartnerPage(PartnerDetails partner, List<TimelineEvent> events) {
}
