/**
 * Finding or creating the database at start-up, and saying clearly when none answers.
 */
package org.citydiplomacy.portal.platform.database;
