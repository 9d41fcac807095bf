/** The front page. */
package org.citydiplomacy.portal.home.web;
