/** The statistics page with its charts and tables, and the same figures as CSV. */
package org.citydiplomacy.portal.statistics.web;
