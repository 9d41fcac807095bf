/** The networks' public pages. */
package org.citydiplomacy.portal.networks.web;
