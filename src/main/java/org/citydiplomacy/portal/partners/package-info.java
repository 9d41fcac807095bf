/**
 * Partner cities, states and regions, and the city's relationship with each (sister, friendship, partner).
 */
package org.citydiplomacy.portal.partners;
