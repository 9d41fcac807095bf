package org.citydiplomacy.portal.platform.idempotency;

/** The first answer given to a request with an Idempotency-Key, and the fingerprint of that request. */
record StoredAnswer(byte[] fingerprint, int status, String location, String etag, String contentType, byte[] body) {
}
