package org.citydiplomacy.portal.accounts;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator at start-up when the environment names one that does not exist yet.
 * An existing account of that name is left alone: the environment never resets a password.
 */
@Component
class InitialAdminRunner implements ApplicationRunner {

    static final String ACTOR = "environment";
    private static final Logger log = LoggerFactory.getLogger(InitialAdminRunner.class);

    private final InitialAdminProperties admin;
    private final AccountService accounts;
    private final Validator validator;

    InitialAdminRunner(InitialAdminProperties admin, AccountService accounts, Validator validator) {
        this.admin = admin;
        this.accounts = accounts;
        this.validator = validator;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!admin.complete()) {
            return;
        }
        NewAccount account = new NewAccount(admin.username(),
                admin.displayName() == null || admin.displayName().isBlank() ? admin.username() : admin.displayName(),
                StaffRole.ADMIN, admin.password());
        Set<ConstraintViolation<NewAccount>> problems = validator.validate(account);
        if (!problems.isEmpty()) {
            // A weak or malformed bootstrap credential must stop the start, not be quietly ignored.
            throw new IllegalStateException("PORTAL_ADMIN_USERNAME/PORTAL_ADMIN_PASSWORD cannot be used: "
                    + problems.stream().map(p -> p.getPropertyPath() + " " + p.getMessage()).sorted().toList());
        }
        if (accounts.createIfAbsent(account, ACTOR)) {
            log.info("Created the administrator account '{}' from the environment", Usernames.normalise(admin.username()));
        }
    }
}
