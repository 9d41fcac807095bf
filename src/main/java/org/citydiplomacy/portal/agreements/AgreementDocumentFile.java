package org.citydiplomacy.portal.agreements;

/** A signed document ready for download: what the response headers need; the bytes follow separately. */
public record AgreementDocumentFile(long id, long agreementId, String language, String filename, String contentType,
        long sizeBytes, String sha256) {
}
