package org.citydiplomacy.portal.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation that creates a record as taking an {@code Idempotency-Key} header (IETF
 * httpapi draft "The Idempotency-Key HTTP Header Field"): a client that timed out retries with the
 * same key and the same body and gets the first answer again, never a second record. The key is
 * kept per user for 24 hours; the same key with another body answers 422, and a retry while the
 * first request is still being answered waits for it (409 if it takes too long).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IdempotentCreate {
}
