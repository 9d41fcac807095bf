package org.citydiplomacy.portal.shared;

/** A record as staff edit it, at a version: what an ETag names and an If-Match sends back. */
public interface Versioned {

    long version();
}
