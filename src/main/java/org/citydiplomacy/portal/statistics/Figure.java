package org.citydiplomacy.portal.statistics;

/**
 * One count: {@code key} is a year ("2015"), a decade's first year ("2010"), an agreement type, a
 * continent code (AF, AN, AS, EU, NA, OC, SA; "XX" for a country with none) or an area of cooperation.
 */
public record Figure(String key, long count) {
}
