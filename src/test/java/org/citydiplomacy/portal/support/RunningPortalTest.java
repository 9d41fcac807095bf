package org.citydiplomacy.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole portal listening on a random port, for tests that talk to it over real HTTP as a client
 * would (several at once, a generated client). Test classes that use it share one application. A
 * retry waits 2 seconds (not 10) for the first request with its Idempotency-Key, so that the
 * test of the 409 is short.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.idempotency.wait-for-first=2s")
public @interface RunningPortalTest {
}
