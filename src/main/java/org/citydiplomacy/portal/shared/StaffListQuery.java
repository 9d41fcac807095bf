package org.citydiplomacy.portal.shared;

/**
 * What a staff list is asked for: words in the title or name ({@code q}, also a record's number or
 * slug), a visibility (null for all), a page. Records in every visibility, the latest change first.
 */
public record StaffListQuery(String q, Visibility visibility, PageQuery page) {

    public StaffListQuery {
        q = q == null ? "" : q.strip();
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
    }
}
