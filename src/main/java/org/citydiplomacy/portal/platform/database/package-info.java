/**
 * Finding or creating the database at start-up, saying clearly when none answers, and telling a
 * database that went away (503) from other failures.
 */
package org.citydiplomacy.portal.platform.database;
