/** The public strategy page and the staff form that adds a target. */
package org.citydiplomacy.portal.strategy.web;
