package org.citydiplomacy.portal.staff;

import java.time.LocalDate;
import java.util.List;

/** What the start page shows: drafts, the latest changes, and the deadlines around today. */
public record Workspace(List<WorkspaceItem> drafts, List<WorkspaceItem> recentChanges, List<Deadline> deadlines,
        LocalDate today) {
}
