package org.citydiplomacy.portal.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password an admin sets for a staff account, typed twice. */
public record PasswordReset(
        @NotBlank(message = "{staff.validation.required}")
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "{staff.accounts.password.length}") String password,
        @NotBlank(message = "{staff.validation.required}") String confirmation) {

    public static PasswordReset blank() {
        return new PasswordReset("", "");
    }

    public boolean matches() {
        return password != null && password.equals(confirmation);
    }
}
