/**
 * Briefings: a printable page on one partner for staff preparing a visit, gathered from partners,
 * agreements, meetings and networks (drafts included and marked, staff notes too).
 */
package org.citydiplomacy.portal.briefings;
