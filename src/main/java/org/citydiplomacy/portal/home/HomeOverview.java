package org.citydiplomacy.portal.home;

import java.util.List;

import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.meetings.MeetingSummary;

/** What the front page shows: how much the records hold, and the newest of them. */
public record HomeOverview(Counts counts, List<AgreementSummary> newestAgreements, List<MeetingSummary> newestMeetings) {

    public record Counts(long partners, long agreements, long meetings) {
    }
}
