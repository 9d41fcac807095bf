package org.citydiplomacy.portal.platform.cache;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletRequest;

/**
 * How many public pages are made at once: twice the processors by default, in the order their readers
 * came (a fair semaphore). With sixteen request threads all making pages on two cores, each page's work
 * was cut into time slices among some thirty runnable threads (request threads, PostgreSQL's backends,
 * the collector), and the slowest 1% of new API pages waited 70-107 ms for a core; four at a time, with
 * the request threads left at sixteen, answered as many pages a second with the slowest 1% at 49-61 ms
 * (issue 13, docs/performance.md). A slot is taken before the session and security filters and given
 * back before the page is written to its reader ({@link #release(ServletRequest)}), so a slow reader
 * holds a request thread, never a slot.
 * <p>
 * A request waits at most {@code wait} for a slot and then goes on without one: a slot held by a page
 * waiting for a database that is away (up to the pool's connection timeout) must not add that wait to
 * every reader behind it. The slots shape a busy portal's work; they never refuse a request.
 */
final class RenderSlots {

    /** The request attribute holding the request's slot, for whoever writes its page to give it back. */
    private static final String ATTRIBUTE = RenderSlots.class.getName() + ".slot";

    private final Semaphore slots;
    private final long waitNanos;

    RenderSlots(int count, Duration wait) {
        this.slots = new Semaphore(count, true);
        this.waitNanos = wait.toNanos();
    }

    /** The default count: twice the processors the JVM may use (four on two cores). */
    static int defaultCount() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    /**
     * A slot for this request, once one is free or after the wait (then one that holds nothing); kept with
     * the request so that {@link #release(ServletRequest)} can give it back early.
     */
    Slot take(ServletRequest request) {
        Slot slot = new Slot(acquire());
        request.setAttribute(ATTRIBUTE, slot);
        return slot;
    }

    /** Gives the request's slot back, if it holds one: before its page is written to the reader. */
    static void release(ServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Slot slot) {
            slot.release();
        }
    }

    /** Slots free now (for tests). */
    int available() {
        return slots.availablePermits();
    }

    private boolean acquire() {
        try {
            return slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One request's slot; giving it back twice gives it back once. */
    final class Slot {

        private final AtomicBoolean held;

        private Slot(boolean held) {
            this.held = new AtomicBoolean(held);
        }

        boolean held() {
            return held.get();
        }

        void release() {
            if (held.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }
}
