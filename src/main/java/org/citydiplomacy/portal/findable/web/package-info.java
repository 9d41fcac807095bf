/** /sitemap.xml (an index), its parts, and /robots.txt. */
package org.citydiplomacy.portal.findable.web;
