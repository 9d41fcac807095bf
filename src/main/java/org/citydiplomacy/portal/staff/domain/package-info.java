/** The workspace's own read model: what needs attention, across agreements, meetings and partners. */
package org.citydiplomacy.portal.staff.domain;
