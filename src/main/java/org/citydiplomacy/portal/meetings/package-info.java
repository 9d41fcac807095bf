/**
 * Meetings between the city's leaders and partners: bilateral visits, summits, forums, seminars.
 */
package org.citydiplomacy.portal.meetings;
