/** The map page: the SVG map, its regions and the list of the same partners. */
package org.citydiplomacy.portal.map.web;
