package org.citydiplomacy.portal.agreements;

/** A signed document's bytes with what a download needs to name and check them. */
public record DocumentFile(long id, String filename, String contentType, String sha256, byte[] content) {
}
