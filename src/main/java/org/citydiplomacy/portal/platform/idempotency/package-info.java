/**
 * The Idempotency-Key header on the API's creates: a retry with the same key gets the first answer, never a second record.
 */
package org.citydiplomacy.portal.platform.idempotency;
