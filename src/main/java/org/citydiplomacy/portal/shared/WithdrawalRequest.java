package org.citydiplomacy.portal.shared;

import jakarta.validation.constraints.Size;

/** The optional body of an API withdrawal: why (kept in the history and shown on the record's 410 answer). */
public record WithdrawalRequest(@Size(max = 2000, message = "{validation.size}") String reason) {

    public static String reasonOf(WithdrawalRequest request) {
        return request == null ? null : Texts.blankToNull(request.reason());
    }
}
