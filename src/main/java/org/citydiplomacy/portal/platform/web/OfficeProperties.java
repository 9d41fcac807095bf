package org.citydiplomacy.portal.platform.web;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the office works ({@code portal.office.zone}): its days and times are the ones pages show. */
@ConfigurationProperties("portal.office")
record OfficeProperties(@DefaultValue("Asia/Tokyo") ZoneId zone) {
}
