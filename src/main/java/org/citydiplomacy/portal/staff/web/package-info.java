/** The workspace's start page. */
package org.citydiplomacy.portal.staff.web;
