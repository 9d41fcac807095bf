package org.citydiplomacy.portal.briefings;

import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.agreements.AgreementDeadlines;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.meetings.MeetingSummary;
import org.citydiplomacy.portal.networks.NetworkRef;
import org.citydiplomacy.portal.partners.PartnerDetails;

/**
 * Everything a briefing on one partner says, as of one Tokyo day: the partner with its sources, the
 * coming anniversaries, every agreement (newest first, drafts included) with its deadlines, the latest
 * meetings, the networks shared with the city and the staff's notes.
 */
public record Briefing(PartnerDetails partner, LocalDate asOf, List<ComingAnniversary> anniversaries,
        List<AgreementLine> agreements, List<MeetingSummary> latestMeetings, int meetingCount,
        List<NetworkRef> networks, String staffNotes) {

    /** How many meetings a briefing lists, the latest first. */
    public static final int LATEST_MEETINGS = 5;

    /** An agreement with its review and expiry dates (none when not set). */
    public record AgreementLine(AgreementSummary agreement, AgreementDeadlines deadlines) {
    }

    /** A round anniversary in the next twelve months: of the relationship ({@code agreement} null) or of an agreement. */
    public record ComingAnniversary(Anniversary anniversary, AgreementSummary agreement) {
    }
}
