package org.citydiplomacy.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;

import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first administrator comes from PORTAL_ADMIN_USERNAME / PORTAL_ADMIN_PASSWORD, and from nowhere else. */
@PortalTest
class InitialAdminRunnerTest {

    @Autowired
    AccountService accounts;

    @Autowired
    Validator validator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    /** Binds the properties the way the environment variables arrive (relaxed binding of PORTAL_ADMIN_*). */
    private InitialAdminRunner runner(Map<String, String> environment) {
        InitialAdminProperties properties = new Binder(new MapConfigurationPropertySource(environment))
                .bindOrCreate("portal.admin", InitialAdminProperties.class);
        return new InitialAdminRunner(properties, accounts, validator);
    }

    private void run(Map<String, String> environment) {
        runner(environment).run(new DefaultApplicationArguments());
    }

    @Test
    void createsTheAdministratorNamedByTheEnvironment() {
        String name = "chief-" + UUID.randomUUID().toString().substring(0, 8);
        run(Map.of("portal.admin.username", name, "portal.admin.password", "a long enough secret"));

        AccountSummary admin = accounts.find(name);
        assertThat(admin.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(admin.active()).isTrue();
        assertThat(admin.createdBy()).isEqualTo("environment");
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = ?").param(name).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(encoder.matches("a long enough secret", hash)).isTrue();
    }

    @Test
    void neverResetsAnExistingAccount() {
        String name = "chief-" + UUID.randomUUID().toString().substring(0, 8);
        run(Map.of("portal.admin.username", name, "portal.admin.password", "the first password"));
        run(Map.of("portal.admin.username", name, "portal.admin.password", "a second password"));

        String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = ?").param(name).query(String.class).single();
        assertThat(encoder.matches("the first password", hash)).isTrue();
    }

    @Test
    void createsNothingUnlessBothAreSet() {
        long before = jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
        run(Map.of("portal.admin.username", "lonely-" + UUID.randomUUID().toString().substring(0, 8)));
        run(Map.of("portal.admin.password", "a password without a name"));
        run(Map.of());
        assertThat(jdbc.sql("SELECT count(*) FROM account").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void refusesToStartWithAWeakPassword() {
        assertThatThrownBy(() -> run(Map.of("portal.admin.username", "weak-admin", "portal.admin.password", "short")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("password");
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = 'weak-admin'").query(Long.class).single()).isZero();
    }

    @Test
    void hasNoDefaultAccount() {
        // The test application starts without PORTAL_ADMIN_*: every account was made by a test, the
        // environment runner or another account; no migration or start-up step brings one of its own.
        assertThat(jdbc.sql("""
                SELECT count(*) FROM account a
                 WHERE a.created_by NOT IN ('test', 'environment')
                   AND NOT EXISTS (SELECT 1 FROM account b WHERE b.username = a.created_by)""")
                .query(Long.class).single()).isZero();
    }
}
