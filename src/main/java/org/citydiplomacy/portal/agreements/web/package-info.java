/** Agreement pages, exports and API; the staff form, document upload and history page. */
package org.citydiplomacy.portal.agreements.web;
