/**
 * Value types every module speaks: partial dates, visibility, pages of results, not-found errors.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.citydiplomacy.portal.shared;

import org.springframework.modulith.ApplicationModule;
