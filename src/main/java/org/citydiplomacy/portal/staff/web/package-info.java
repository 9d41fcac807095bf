/** Workspace pages. */
package org.citydiplomacy.portal.staff.web;
