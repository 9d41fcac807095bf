/**
 * Who changed what and when: every change to partners, agreements, meetings and documents, recorded
 * by Hibernate Envers and read back as revisions with the values before and after.
 */
package org.citydiplomacy.portal.history;
