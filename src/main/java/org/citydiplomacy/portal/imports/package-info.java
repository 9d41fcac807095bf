/**
 * Spreadsheet import: agreements read from a CSV or XLSX file, checked row by row through the
 * agreements module's write service, and saved all together or not at all.
 */
package org.citydiplomacy.portal.imports;
