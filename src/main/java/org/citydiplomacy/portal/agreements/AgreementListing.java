package org.citydiplomacy.portal.agreements;

import org.citydiplomacy.portal.shared.PageResult;

/**
 * One page of the agreement listing with the counts of its filter options, and the data version
 * those counts were read at (what may be built from them is reusable until the version moves).
 */
public record AgreementListing(PageResult<AgreementSummary> results, AgreementFacets facets, long dataVersion) {
}
