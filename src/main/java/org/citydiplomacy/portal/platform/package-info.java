/**
 * What every page and endpoint stands on: database bootstrap, security, languages, errors.
 */
package org.citydiplomacy.portal.platform;
