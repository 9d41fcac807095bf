/** What comes up next (reviews, expiries, anniversaries, dormant partners) and the calendars (iCalendar) that carry it. */
package org.citydiplomacy.portal.calendars;
