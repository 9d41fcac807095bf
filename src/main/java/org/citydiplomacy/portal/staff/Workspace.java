package org.citydiplomacy.portal.staff;

import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.calendars.ComingUp;

/** What the start page shows: drafts, the latest changes, what comes up next and the dormant partners. */
public record Workspace(List<WorkspaceItem> drafts, List<WorkspaceItem> recentChanges, ComingUp comingUp,
        LocalDate today) {
}
