/** Agreement pages, exports and API. */
package org.citydiplomacy.portal.agreements.web;
