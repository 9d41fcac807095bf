package org.citydiplomacy.portal.platform;

import java.time.Clock;

import org.citydiplomacy.portal.platform.web.OfficeTime;
import org.citydiplomacy.portal.shared.Office;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock that says what day it is, in the office's zone: a test can put another in its place. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(OfficeTime officeTime) {
        // After OfficeTime has set the configured zone for Office.
        return Office.clock();
    }
}
