package org.citydiplomacy.portal.agreements;

import org.citydiplomacy.portal.shared.Versioned;
import org.citydiplomacy.portal.shared.Visibility;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A signed document as its withdrawal left it, with the agreement's new {@code version} (the ETag for
 * the agreement's next If-Match: a withdrawal changes the agreement's representation).
 */
public record WithdrawnDocument(long id, long agreementId, String language, String filename, String contentType,
        long sizeBytes, String sha256, Visibility visibility, String withdrawalReason, @JsonIgnore long version)
        implements Versioned {
}
