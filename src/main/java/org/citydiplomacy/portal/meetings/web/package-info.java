/** Meeting pages and API. */
package org.citydiplomacy.portal.meetings.web;
