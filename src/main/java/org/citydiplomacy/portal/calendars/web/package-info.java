/** The meetings feed, personal calendars by secret address, and the staff page that issues them. */
package org.citydiplomacy.portal.calendars.web;
