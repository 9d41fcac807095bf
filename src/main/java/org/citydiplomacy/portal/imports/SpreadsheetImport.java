package org.citydiplomacy.portal.imports;

import java.util.Locale;

/**
 * Imports agreements from a spreadsheet: every row is checked by the agreements module's write
 * service (validation, publishing safety) in one transaction, which is committed only if no row
 * has a problem and it is not a dry run. Editors and administrators only.
 */
public interface SpreadsheetImport {

    /**
     * @param dryRun check every row and report, saving nothing
     * @param locale the reader's language, for the report's messages
     * @throws org.citydiplomacy.portal.shared.InvalidCommandException (field {@code file}) if the file cannot
     *         be read as a spreadsheet at all: not CSV or XLSX, no header, a column the import does not know
     */
    ImportReport importAgreements(ImportFile file, boolean dryRun, Locale locale);
}
