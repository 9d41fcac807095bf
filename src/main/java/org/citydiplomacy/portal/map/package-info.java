/**
 * The world map of the partners, drawn by the portal as SVG from Natural Earth's country outlines shipped with it.
 */
package org.citydiplomacy.portal.map;
