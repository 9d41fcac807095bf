package org.citydiplomacy.portal.history;

/**
 * Marks the change set of the current transaction as imported from a spreadsheet, so that the
 * history of every record it writes says so, with the file's name. Called inside the importing
 * transaction, after its records were written.
 */
public interface ImportNotes {

    /** @param fileName the spreadsheet's name as uploaded (cut to 255 characters) */
    void importedFrom(String fileName);
}
