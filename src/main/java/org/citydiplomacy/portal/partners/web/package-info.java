/** Partner pages and API. */
package org.citydiplomacy.portal.partners.web;
