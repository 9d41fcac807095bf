/** Partner timeline API; the partner page renders the same timeline. */
package org.citydiplomacy.portal.timeline.web;
