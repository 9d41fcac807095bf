/**
 * What every page stands on: languages, the current page, links, pagination, formats, versions.
 */
@NamedInterface("web")
package org.citydiplomacy.portal.platform.web;

import org.springframework.modulith.NamedInterface;
