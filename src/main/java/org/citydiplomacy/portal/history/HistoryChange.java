package org.citydiplomacy.portal.history;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One field's label and its values before and after, in the reader's language: text, numbers, ISO
 * dates or lists of them; {@code null} where the field was empty.
 */
// Written with explicit nulls: "before": null says the field was empty, which matters in a history.
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HistoryChange(String field, Object before, Object after,
        @Schema(description = "The language of the values when they are text in one language (BCP 47), else null")
        String language) {
}
