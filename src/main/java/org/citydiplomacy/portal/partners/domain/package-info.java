/** Storage of partners. */
package org.citydiplomacy.portal.partners.domain;
