package org.citydiplomacy.portal.timeline;

import java.util.Locale;

import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Texts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One event on a partner's timeline. {@code type} is the agreement type, meeting kind or relationship; {@code id} links the record
 * (absent for the relationship); {@code yearsSincePrevious} lets a reader see long quiet periods.
 */
public record TimelineEvent(PartialDate date, Kind kind, String type, String title, String titleJa, Long id,
        String place, String placeJa, Integer yearsSincePrevious) {

    /**
     * What the event is, declared in the order events of the same date are shown: a meeting, then the
     * relationship it may have started, then the agreement signed there.
     */
    public enum Kind { MEETING, RELATIONSHIP, AGREEMENT }

    @JsonIgnore
    public String titleIn(Locale locale) {
        return Texts.in(locale, title, titleJa);
    }

    @JsonIgnore
    public String placeIn(Locale locale) {
        return Texts.in(locale, place, placeJa);
    }

    /** A gap of this many years or more is drawn as a quiet period. */
    public static final int QUIET_YEARS = 3;

    @JsonIgnore
    public boolean followsQuietPeriod() {
        return yearsSincePrevious != null && yearsSincePrevious >= QUIET_YEARS;
    }

    TimelineEvent withYearsSincePrevious(Integer years) {
        return new TimelineEvent(date, kind, type, title, titleJa, id, place, placeJa, years);
    }
}
