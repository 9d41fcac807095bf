/**
 * Who the reader is, the security filter chains and the roles.
 */
@NamedInterface("security")
package org.citydiplomacy.portal.platform.security;

import org.springframework.modulith.NamedInterface;
