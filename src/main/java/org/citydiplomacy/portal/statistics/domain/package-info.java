/** The statistics' one aggregate statement. */
package org.citydiplomacy.portal.statistics.domain;
