/** Where the partners are, and the country outlines the map is drawn on. */
package org.citydiplomacy.portal.map.domain;
