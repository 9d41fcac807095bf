package org.citydiplomacy.portal.platform.database;

import org.citydiplomacy.portal.platform.security.CurrentUser;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Fills created_by/updated_by (and the dates) of every saved record from the signed-in user. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentAuditor")
class PersistenceConfig {

    @Bean
    AuditorAware<String> currentAuditor() {
        return () -> Optional.of(CurrentUser.name());
    }
}
