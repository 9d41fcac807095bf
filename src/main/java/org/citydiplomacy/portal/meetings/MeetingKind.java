package org.citydiplomacy.portal.meetings;

public enum MeetingKind {
    BILATERAL_VISIT, SUMMIT, FORUM, SEMINAR, ONLINE
}
