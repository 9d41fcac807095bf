package org.citydiplomacy.portal.shared;

/**
 * One field's value before and after a change. Values are what a reader can compare: text, numbers,
 * ISO dates, or lists of them; {@code null} where the field was empty.
 */
public record FieldChange(String field, Object before, Object after) {
}
