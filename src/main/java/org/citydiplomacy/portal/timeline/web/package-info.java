/** The partner page ({@code /partners/{slug}}) and the partner timeline API, which answers the same events. */
package org.citydiplomacy.portal.timeline.web;
