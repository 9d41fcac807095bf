/**
 * What every page and endpoint stands on, one room each: {@code security}, {@code web}, {@code errors},
 * {@code cache} (kept pages) and {@code database} (finding the database at start-up).
 */
package org.citydiplomacy.portal.platform;
