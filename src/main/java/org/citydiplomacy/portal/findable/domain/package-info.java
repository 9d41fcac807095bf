/** The published addresses and their last changes, read in a fixed number of statements. */
package org.citydiplomacy.portal.findable.domain;
