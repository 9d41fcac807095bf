/** Partner pages and API; the staff form and history page. */
package org.citydiplomacy.portal.partners.web;
