/** The staff workspace: its start page (drafts, latest changes, what comes up next). Each record's forms live in its own module. */
package org.citydiplomacy.portal.staff;
