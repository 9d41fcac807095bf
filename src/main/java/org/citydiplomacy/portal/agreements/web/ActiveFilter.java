package org.citydiplomacy.portal.agreements.web;

/**
 * A filter in use, shown above the results with a link that removes it. The value is shown either
 * as a message ({@code valueKey}) or as text ({@code value}: a partner's name, a year, words).
 */
record ActiveFilter(String parameter, String labelKey, String valueKey, String value, String removeUrl) {
}
