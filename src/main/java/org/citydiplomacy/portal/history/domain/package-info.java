/** Storage of revisions (the Envers revision entity). */
package org.citydiplomacy.portal.history.domain;
