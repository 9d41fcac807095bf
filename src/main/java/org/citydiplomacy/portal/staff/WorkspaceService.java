package org.citydiplomacy.portal.staff;

import java.time.LocalDate;

import org.citydiplomacy.portal.calendars.UpcomingDates;
import org.citydiplomacy.portal.staff.domain.WorkspaceQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's start page in four statements, whatever the number of records. What comes up next
 * (reviews, expiries, anniversaries, dormant partners) is the calendars module's, which the personal
 * calendars share.
 */
@Service
@Transactional(readOnly = true)
public class WorkspaceService {

    static final int LIST_LENGTH = 15;

    private final WorkspaceQueries queries;
    private final UpcomingDates upcoming;

    WorkspaceService(WorkspaceQueries queries, UpcomingDates upcoming) {
        this.queries = queries;
        this.upcoming = upcoming;
    }

    public Workspace startPage() {
        LocalDate today = upcoming.today();
        return new Workspace(queries.drafts(LIST_LENGTH), queries.recentChanges(LIST_LENGTH), upcoming.comingUp(today),
                today);
    }
}
