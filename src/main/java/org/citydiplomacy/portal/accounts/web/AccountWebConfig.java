package org.citydiplomacy.portal.accounts.web;

import org.citydiplomacy.portal.accounts.AccountService;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AccountWebConfig implements WebMvcConfigurer {

    private final AccountService accounts;

    AccountWebConfig(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ActiveAccountInterceptor(accounts)).addPathPatterns("/staff", "/staff/**");
    }
}
