package org.citydiplomacy.portal.meetings;

/** What the meeting list is narrowed to; every part is optional. */
public record MeetingFilter(String partner, Integer year, MeetingKind kind) {

    public static MeetingFilter none() {
        return new MeetingFilter(null, null, null);
    }
}
