/** The calendars' read model over the record tables, and the personal calendars' secrets. */
package org.citydiplomacy.portal.calendars.domain;
