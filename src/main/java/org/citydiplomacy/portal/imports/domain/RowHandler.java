package org.citydiplomacy.portal.imports.domain;

import java.util.List;

/** Takes a spreadsheet's rows one at a time, as they are read: nothing holds the whole file. */
interface RowHandler {

    /** The first row that is not empty: the column names. */
    void header(List<String> names);

    /** @param number 1 for the first row under the header; empty rows are counted but not passed on */
    void row(int number, List<String> cells);
}
