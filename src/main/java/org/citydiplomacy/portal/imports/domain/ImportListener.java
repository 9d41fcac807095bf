package org.citydiplomacy.portal.imports.domain;

import org.citydiplomacy.portal.imports.ImportReport;

/** What an import in the background tells its job: how far it is, and its report before it commits. */
interface ImportListener {

    /** Nobody listens: the API's import, which answers with the report. */
    ImportListener NONE = new ImportListener() {
    };

    /** @param rows the rows checked (and written) so far */
    default void progressed(int rows) {
    }

    /** Inside the import's transaction, just before it commits: the report of what is being saved. */
    default void saving(ImportReport report) {
    }
}
