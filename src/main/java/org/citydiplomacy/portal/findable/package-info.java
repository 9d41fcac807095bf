/**
 * What lets the public find the portal from outside: the sitemap of every published page and robots.txt.
 */
package org.citydiplomacy.portal.findable;
