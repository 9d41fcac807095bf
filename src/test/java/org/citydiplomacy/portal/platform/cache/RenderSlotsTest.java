package org.citydiplomacy.portal.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Public pages are made a few at a time; a slot is given back once, early or at the end, and never refuses. */
class RenderSlotsTest {

    @Test
    void noMoreRequestsAreMadeAtOnceThanThereAreSlots() throws Exception {
        RenderSlots slots = new RenderSlots(2, Duration.ofSeconds(10));
        RenderSlotFilter filter = new RenderSlotFilter(new KeptPaths(List.of("/agreements")), slots);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> requests = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                requests.add(pool.submit(() -> {
                    filter.doFilter(new MockHttpServletRequest("GET", "/agreements"), new MockHttpServletResponse(),
                            (request, response) -> {
                                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                                sleep(50);
                                running.decrementAndGet();
                            });
                    return null;
                }));
            }
            for (Future<?> request : requests) {
                request.get(10, TimeUnit.SECONDS);
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(most).hasValue(2);
        assertThat(slots.available()).isEqualTo(2);
    }

    @Test
    void aRequestThatWaitedTooLongIsMadeWithoutASlot() {
        RenderSlots slots = new RenderSlots(1, Duration.ofMillis(100));
        RenderSlots.Slot first = slots.take(new MockHttpServletRequest());
        long started = System.nanoTime();
        RenderSlots.Slot second = slots.take(new MockHttpServletRequest());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(first.held()).isTrue();
        assertThat(second.held()).isFalse();
        second.release();
        assertThat(slots.available()).isZero();
        first.release();
        assertThat(slots.available()).isEqualTo(1);
    }

    @Test
    void theSlotIsGivenBackOnceWhetherThePageCacheGaveItBackEarlyOrNot() throws Exception {
        RenderSlots slots = new RenderSlots(2, Duration.ofSeconds(1));
        RenderSlotFilter filter = new RenderSlotFilter(new KeptPaths(List.of("/agreements")), slots);
        int[] freeInside = new int[2];
        filter.doFilter(new MockHttpServletRequest("GET", "/agreements"), new MockHttpServletResponse(),
                (request, response) -> {
                    freeInside[0] = slots.available();
                    // What the page cache does before writing a page: twice, as a kept page's 503 path can.
                    RenderSlots.release(request);
                    RenderSlots.release(request);
                    freeInside[1] = slots.available();
                });
        assertThat(freeInside).containsExactly(1, 2);
        assertThat(slots.available()).isEqualTo(2);
    }

    @Test
    void aFailingRequestGivesItsSlotBack() {
        RenderSlots slots = new RenderSlots(1, Duration.ofSeconds(1));
        RenderSlotFilter filter = new RenderSlotFilter(new KeptPaths(List.of("/agreements")), slots);
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/agreements"),
                new MockHttpServletResponse(), (request, response) -> {
                    throw new ServletException("the page failed");
                })).isInstanceOf(ServletException.class);
        assertThat(slots.available()).isEqualTo(1);
    }

    @Test
    void onlyGetsAndHeadsOfDeclaredPagesTakeASlot() throws Exception {
        RenderSlots slots = new RenderSlots(1, Duration.ofSeconds(1));
        RenderSlotFilter filter = new RenderSlotFilter(new KeptPaths(List.of("/agreements", "/api/v1/agreements")), slots);
        int[] freeInside = new int[4];
        String[][] requests = { { "GET", "/api/v1/agreements" }, { "HEAD", "/agreements" }, { "POST", "/agreements" },
                { "GET", "/staff/agreements" } };
        for (int i = 0; i < requests.length; i++) {
            int at = i;
            filter.doFilter(new MockHttpServletRequest(requests[i][0], requests[i][1]), new MockHttpServletResponse(),
                    new MockFilterChain() {
                        @Override
                        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
                            freeInside[at] = slots.available();
                        }
                    });
        }
        assertThat(freeInside).containsExactly(0, 0, 1, 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
