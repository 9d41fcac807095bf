package org.citydiplomacy.portal.meetings;

import org.citydiplomacy.portal.shared.PageResult;

/** One page of the meeting list with the counts of its filter options. */
public record MeetingListing(PageResult<MeetingSummary> results, MeetingFacets facets) {
}
