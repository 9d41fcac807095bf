package org.citydiplomacy.portal.agreements;

import org.citydiplomacy.portal.shared.PageResult;

/** One page of the agreement listing with the counts of its filter options. */
public record AgreementListing(PageResult<AgreementSummary> results, AgreementFacets facets) {
}
