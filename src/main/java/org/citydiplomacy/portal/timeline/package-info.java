/**
 * A partner's history on one chronological line: the relationship, its agreements and its meetings.
 */
package org.citydiplomacy.portal.timeline;
