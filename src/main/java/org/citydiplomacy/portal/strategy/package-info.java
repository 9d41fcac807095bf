/**
 * The targets of the city's diplomacy strategy (30 cities by 2020, and any that staff add), tracked year by year against the published records.
 */
package org.citydiplomacy.portal.strategy;
