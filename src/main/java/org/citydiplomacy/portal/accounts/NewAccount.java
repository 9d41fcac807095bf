package org.citydiplomacy.portal.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin enters to create a staff account. */
public record NewAccount(
        @NotBlank(message = "{staff.validation.required}")
        @Pattern(regexp = Usernames.PATTERN, message = "{staff.accounts.username.invalid}") String username,
        @NotBlank(message = "{staff.validation.required}") @Size(max = 200, message = "{staff.validation.tooLong}") String displayName,
        @NotNull(message = "{staff.validation.choose}") StaffRole role,
        @NotBlank(message = "{staff.validation.required}")
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "{staff.accounts.password.length}") String password) {

    public static NewAccount blank() {
        return new NewAccount("", "", StaffRole.EDITOR, "");
    }
}
