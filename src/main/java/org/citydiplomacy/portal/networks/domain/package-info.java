/** Reading the networks and their links, one statement per page. */
package org.citydiplomacy.portal.networks.domain;
