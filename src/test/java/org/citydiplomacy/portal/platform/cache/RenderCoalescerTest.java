package org.citydiplomacy.portal.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Concurrent first renders of one page run once; the others answer the first one's result. */
class RenderCoalescerTest {

    private final RenderCoalescer<String, String> coalescer = new RenderCoalescer<>(5_000);

    /** Nothing to give up before waiting. */
    private static final Runnable NOTHING = () -> {
    };

    @Test
    void requestsThatArriveWhileAPageIsRenderingWaitForItAndShareIt() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<String> first = pool.submit(() -> coalescer.render("/agreements", () -> {
                renders.incrementAndGet();
                started.countDown();
                await(release);
                return "page";
            }, page -> true, NOTHING));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(pool.submit(() -> coalescer.render("/agreements", () -> {
                    renders.incrementAndGet();
                    return "another render";
                }, page -> true, NOTHING)));
            }
            // Time for the others to reach the render in flight and wait for it.
            Thread.sleep(500);
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("page");
            for (Future<String> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("page");
            }
            assertThat(renders).hasValue(1);
            assertThat(coalescer.inFlight()).isZero();
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aResultThatMayNotBeSharedLetsEachWaitingRequestRenderItsOwn() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> coalescer.render("/page", () -> {
                renders.incrementAndGet();
                started.countDown();
                await(release);
                return "not kept";
            }, page -> false, NOTHING));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(() -> coalescer.render("/page", () -> {
                renders.incrementAndGet();
                return "own";
            }, page -> false, NOTHING));
            Thread.sleep(200);
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("not kept");
            assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("own");
            assertThat(renders).hasValue(2);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRenderLetsTheNextRequestTryAgain() throws Exception {
        try {
            coalescer.render("/broken", () -> {
                throw new IOException("broken");
            }, page -> true, NOTHING);
        }
        catch (IOException expected) {
            // The failure is the first request's own.
        }
        assertThat(coalescer.inFlight()).isZero();
        assertThat(coalescer.render("/broken", () -> "fixed", page -> true, NOTHING)).isEqualTo("fixed");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aRequestThatWaitsForAnothersRenderFirstGivesUpWhatItHolds() throws Exception {
        AtomicInteger gaveUp = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> coalescer.render("/agreements", () -> {
                started.countDown();
                await(release);
                return "page";
            }, page -> true, gaveUp::incrementAndGet));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(() -> coalescer.render("/agreements", () -> "another render",
                    page -> true, gaveUp::incrementAndGet));
            Thread.sleep(300);
            // The one rendering holds on to its slot; the one waiting for it has given its slot back.
            assertThat(gaveUp).hasValue(1);
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("page");
            assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("page");
            assertThat(gaveUp).hasValue(1);
        }
        finally {
            pool.shutdownNow();
        }
    }
}
