/**
 * Rendered public pages kept per data version; modules declare which of their pages may be kept.
 */
@NamedInterface("cache")
package org.citydiplomacy.portal.platform.cache;

import org.springframework.modulith.NamedInterface;
