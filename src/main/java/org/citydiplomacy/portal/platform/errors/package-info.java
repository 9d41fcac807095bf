/**
 * Errors as pages in the reader's language and as application/problem+json.
 */
@NamedInterface("errors")
package org.citydiplomacy.portal.platform.errors;

import org.springframework.modulith.NamedInterface;
