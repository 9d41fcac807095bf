package org.citydiplomacy.portal.agreements;

/** A document as stored: the name it will be downloaded under, its size and SHA-256 digest. */
public record DocumentAttached(long id, long agreementId, String language, String filename, String contentType,
        long sizeBytes, String sha256) {
}
