/** The briefing page, {@code /staff/partners/{slug}/briefing}. */
package org.citydiplomacy.portal.briefings.web;
