package org.citydiplomacy.portal.platform.web;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citydiplomacy.portal.shared.Versioned;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Record versions as HTTP entity tags: a record at version 3 has the ETag {@code "v3"}. A GET of a
 * single record sends it; an update sends it back in {@code If-Match}, naming the version the edit
 * is based on.
 */
public final class Versions {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"v(\\d{1,18})\"\\s*");

    private Versions() {
    }

    /** The ETag of a version, quoted as HTTP wants it: {@code "v3"}. */
    public static String etag(long version) {
        return "\"v" + version + "\"";
    }

    /** 200 with the record and the ETag of its version. */
    public static <T extends Versioned> ResponseEntity<T> tagged(T record) {
        return ResponseEntity.ok().eTag(etag(record.version())).body(record);
    }

    /**
     * 200 with a record as this reader may see it and the ETag of its version: staff see more than the
     * public under the same version, so caches must keep the two apart ({@code Vary: Authorization}).
     */
    public static <T extends Versioned> ResponseEntity<T> taggedPerReader(T record) {
        return ResponseEntity.ok().eTag(etag(record.version())).varyBy(HttpHeaders.AUTHORIZATION).body(record);
    }

    /** 201 with where the new record is, the record, and the ETag of its version. */
    public static <T extends Versioned> ResponseEntity<T> created(String location, T record) {
        return ResponseEntity.created(URI.create(location)).eTag(etag(record.version())).body(record);
    }

    /**
     * The version an {@code If-Match} header names.
     * @throws PreconditionRequiredException if there is none (or only {@code *}, which names no version)
     * @throws PreconditionFailedException if it names something that is not one of our versions
     */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new PreconditionRequiredException();
        }
        Matcher m = TAG.matcher(ifMatch);
        if (!m.matches()) {
            throw new PreconditionFailedException(ifMatch);
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * For a change that may name the version it is based on: the version {@code If-Match} names, or
     * null when it names none ({@code *} or no header).
     * @throws PreconditionFailedException if it names something that is not one of our versions
     */
    public static Long fromOptionalIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        return fromIfMatch(ifMatch);
    }

    /** An update without If-Match: it could silently overwrite someone else's save. Answered 428. */
    public static class PreconditionRequiredException extends RuntimeException {

        PreconditionRequiredException() {
            super("If-Match with the ETag of the version the edit is based on is required");
        }
    }

    /** An If-Match that names no version of ours. Answered 412. */
    public static class PreconditionFailedException extends RuntimeException {

        private final String ifMatch;

        PreconditionFailedException(String ifMatch) {
            super("If-Match names no version: " + ifMatch);
            this.ifMatch = ifMatch;
        }

        public String ifMatch() {
            return ifMatch;
        }
    }
}
