package org.citydiplomacy.portal.history;

/**
 * The current transaction's change set, for records written in bulk with SQL instead of through
 * Hibernate (the spreadsheet import's new agreements): their audit rows point at it, beside the rows
 * Envers writes for the same transaction, so that the history reads them as one change.
 */
public interface ChangeSets {

    /** The number of the transaction's change set (its Envers revision), created now if there is none yet. */
    long current();
}
