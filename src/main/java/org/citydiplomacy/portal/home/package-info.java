/**
 * The portal's front page: what the records hold, the newest agreements and meetings, ways in.
 */
package org.citydiplomacy.portal.home;
