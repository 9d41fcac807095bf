package org.citydiplomacy.portal.agreements.web;

import org.citydiplomacy.portal.shared.Audience;

/**
 * {@code Cache-Control} of an answer streamed past the page cache (the CSV export, a signed document):
 * a public one may be stored but is revalidated each time; a staff one, which may show drafts, is never
 * stored.
 */
final class ReaderCacheControl {

    private ReaderCacheControl() {
    }

    static String of(Audience audience) {
        return audience.isStaff() ? "private, no-store" : "no-cache";
    }
}
