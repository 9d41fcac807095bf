package org.citydiplomacy.portal.imports;

import java.util.UUID;

/**
 * An import started on the page, as far as it is: waiting, running (rows checked of the file's rows),
 * done with its report, or failed (the problem in the words of the language it was started in; none if
 * it stopped with the instance running it). Whatever failed, nothing was saved.
 */
public record ImportJob(UUID id, String fileName, boolean dryRun, State state, int rowsDone, int rowsTotal,
        ImportReport report, String problem) {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED, STOPPED
    }

    /** Still to be waited for: the page refreshes itself. */
    public boolean unfinished() {
        return state == State.QUEUED || state == State.RUNNING;
    }
}
