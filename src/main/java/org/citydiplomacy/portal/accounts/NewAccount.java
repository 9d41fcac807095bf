package org.citydiplomacy.portal.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin enters to create a staff account. */
public record NewAccount(
        @NotBlank @Pattern(regexp = Usernames.PATTERN, message = "{staff.accounts.username.invalid}") String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull StaffRole role,
        @NotBlank @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) String password) {

    public static NewAccount blank() {
        return new NewAccount("", "", StaffRole.EDITOR, "");
    }
}
