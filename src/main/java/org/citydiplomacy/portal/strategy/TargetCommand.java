package org.citydiplomacy.portal.strategy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citydiplomacy.portal.shared.PartialDate;

/** A new target, as the staff form gives it. The deadline must not be before the start. */
public record TargetCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size}") String title,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size}") String titleJa,
        @Size(max = 4000, message = "{validation.size}") String description,
        @Size(max = 4000, message = "{validation.size}") String descriptionJa,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{strategy.validation.count}")
        @Max(value = 1_000_000, message = "{strategy.validation.count}") Integer targetCount,
        @NotNull(message = "{validation.required}") PartialDate countsFrom,
        @NotNull(message = "{validation.required}") PartialDate deadline,
        @NotNull(message = "{validation.required}") CountingRule rule,
        @Size(max = 2000, message = "{validation.size}") String sourceNote) {
}
