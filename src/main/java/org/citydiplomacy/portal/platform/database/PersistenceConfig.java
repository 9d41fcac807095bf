package org.citydiplomacy.portal.platform.database;

import org.citydiplomacy.portal.platform.security.CurrentUser;
import org.citydiplomacy.portal.shared.Office;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Fills created_by/updated_by (and the dates, by the office's clock) of every saved record from the signed-in user. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentAuditor", dateTimeProviderRef = "officeClockTime")
class PersistenceConfig {

    @Bean
    AuditorAware<String> currentAuditor() {
        return () -> Optional.of(CurrentUser.name());
    }

    /** "Changed at" is the office clock's instant (one clock for every date a page shows, fixed in tests). */
    @Bean
    DateTimeProvider officeClockTime() {
        return () -> Optional.of(Office.now());
    }
}
