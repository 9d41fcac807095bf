package org.citydiplomacy.portal.shared;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One field's value before and after a change. Values are what a reader can compare: text, numbers,
 * ISO dates, or lists of them; {@code null} where the field was empty.
 */
// Written with explicit nulls: "before": null says the field was empty, which matters in a history.
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FieldChange(String field, Object before, Object after) {
}
