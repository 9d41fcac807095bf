/** Reading spreadsheets (CSV in UTF-8 or Shift_JIS, XLSX) row by row and turning rows into agreement commands. */
package org.citydiplomacy.portal.imports.domain;
