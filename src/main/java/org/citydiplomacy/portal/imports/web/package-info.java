/** The import page for staff and the import endpoint of the API. */
package org.citydiplomacy.portal.imports.web;
