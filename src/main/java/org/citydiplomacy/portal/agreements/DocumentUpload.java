package org.citydiplomacy.portal.agreements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.citydiplomacy.portal.shared.LanguageTag;

/** A signed document to attach: its language, the name it was uploaded under, and its bytes. */
public record DocumentUpload(
        @NotBlank(message = "{validation.required}") @LanguageTag String language,
        String filename,
        @NotNull(message = "{validation.document.required}") byte[] content) {
}
