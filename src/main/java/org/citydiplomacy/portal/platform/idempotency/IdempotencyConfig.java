package org.citydiplomacy.portal.platform.idempotency;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.citydiplomacy.portal.platform.errors.ApiProblems;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfig {

    /**
     * Runs inside the security filters (the key belongs to the signed-in user), on the API only.
     */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcClient jdbc, PlatformTransactionManager transactions,
            ApiProblems problems, ObjectProvider<RequestMappingHandlerMapping> mappings,
            IdempotencyProperties properties) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter(
                new IdempotentOperations(mappings), new IdempotencyKeys(jdbc), new TransactionTemplate(transactions),
                problems, properties.waitForFirst()));
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
