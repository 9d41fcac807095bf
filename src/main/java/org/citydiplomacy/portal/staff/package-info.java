/** The staff workspace: its start page and, with the write services, the forms that keep the records. */
package org.citydiplomacy.portal.staff;
