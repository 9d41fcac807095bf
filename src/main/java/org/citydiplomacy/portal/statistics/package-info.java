/**
 * Figures drawn from the published records: agreements by year, decade, type, continent and area of cooperation, meetings by year.
 */
package org.citydiplomacy.portal.statistics;
