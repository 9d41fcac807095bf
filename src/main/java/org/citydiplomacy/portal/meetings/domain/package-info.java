/** Storage of meetings and their parts. */
package org.citydiplomacy.portal.meetings.domain;
