/** Storage of agreements and their parts. */
package org.citydiplomacy.portal.agreements.domain;
