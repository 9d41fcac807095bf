package org.citydiplomacy.portal.platform.web;

/**
 * A filter in use, shown above the results with a link that removes it (the fragment
 * {@code fragments :: activeFilters}, on every listing). The value is shown either as a message
 * ({@code valueKey}) or as text ({@code value}: a partner's name, a year, words).
 */
public record ActiveFilter(String parameter, String labelKey, String valueKey, String value, String removeUrl) {
}
