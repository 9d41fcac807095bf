/** Storing the targets, and counting each one's progress in one statement. */
package org.citydiplomacy.portal.strategy.domain;
