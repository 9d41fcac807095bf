package org.citydiplomacy.portal.shared;

/** How much of a date is known: many records give only a month or a year. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
