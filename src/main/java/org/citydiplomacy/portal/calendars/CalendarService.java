package org.citydiplomacy.portal.calendars;

import java.util.Optional;

import org.citydiplomacy.portal.calendars.domain.CalendarFeeds;
import org.citydiplomacy.portal.calendars.domain.CalendarSecrets;
import org.citydiplomacy.portal.platform.security.SecurityEvents;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each staff member's personal calendar address, whose secret is issued, re-issued and revoked here
 * and opens that calendar and nothing else. (The published meetings' calendar reads its one query,
 * {@code PublishedMeetingQueries}, itself.)
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    private final CalendarFeeds feeds;

    CalendarService(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    public Optional<CalendarAddress> addressOf(String owner) {
        return feeds.live(owner);
    }

    /** A new address for the owner; the one they had, if any, stops working in the same transaction. */
    @Transactional
    public IssuedCalendar issue(String owner) {
        boolean replaced = feeds.revokeLive(owner, owner);
        String secret = CalendarSecrets.newSecret();
        feeds.insert(owner, CalendarSecrets.hash(secret), owner);
        SecurityEvents.record("calendar.issued", "user", owner, "replaced", replaced);
        return new IssuedCalendar("/calendar/" + secret + ".ics");
    }

    @Transactional
    public void revoke(String owner) {
        if (feeds.revokeLive(owner, owner)) {
            SecurityEvents.record("calendar.revoked", "user", owner);
        }
    }

    /**
     * Whose calendar a secret opens.
     * @throws RecordNotFoundException for a secret unknown, revoked, or of an account no longer active
     */
    public String ownerOf(String secret) {
        return feeds.ownerOf(CalendarSecrets.hash(secret)).orElseThrow(RecordNotFoundException::calendar);
    }
}
