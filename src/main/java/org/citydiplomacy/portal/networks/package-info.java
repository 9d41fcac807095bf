/**
 * The international city networks Tokyo belongs to: since when, which partners are members too, and the meetings and agreements that concern each.
 */
package org.citydiplomacy.portal.networks;
