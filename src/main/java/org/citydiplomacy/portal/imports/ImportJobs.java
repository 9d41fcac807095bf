package org.citydiplomacy.portal.imports;

import java.util.Locale;
import java.util.UUID;

/**
 * Imports run in the background for the page, one at a time per instance (a few more wait), each a job
 * in the database that any instance can show. Editors and administrators only; a job is seen by the person who
 * started it and by administrators.
 */
public interface ImportJobs {

    /**
     * Reads the file's rows once (to know how many there are) and queues its import.
     * @throws org.citydiplomacy.portal.shared.InvalidCommandException (field {@code file}) if it cannot be read as a spreadsheet
     */
    UUID start(ImportFile file, boolean dryRun, Locale locale);

    /** @throws org.citydiplomacy.portal.shared.RecordNotFoundException if there is none, or it is someone else's */
    ImportJob find(UUID id);
}
