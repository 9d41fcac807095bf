package org.citydiplomacy.portal.staff;

import java.time.LocalDate;

import org.citydiplomacy.portal.shared.Office;
import org.citydiplomacy.portal.staff.domain.WorkspaceQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace's start page in three statements, whatever the number of records. */
@Service
@Transactional(readOnly = true)
public class WorkspaceService {

    static final int LIST_LENGTH = 15;
    static final int LOOK_BACK_DAYS = 30;
    static final int LOOK_AHEAD_DAYS = 180;

    private final WorkspaceQueries queries;

    WorkspaceService(WorkspaceQueries queries) {
        this.queries = queries;
    }

    public Workspace startPage() {
        LocalDate today = Office.today();
        return new Workspace(queries.drafts(LIST_LENGTH), queries.recentChanges(LIST_LENGTH),
                queries.deadlines(today.minusDays(LOOK_BACK_DAYS), today.plusDays(LOOK_AHEAD_DAYS)), today);
    }
}
