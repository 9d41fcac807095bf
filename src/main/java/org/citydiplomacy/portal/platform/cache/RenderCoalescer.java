package org.citydiplomacy.portal.platform.cache;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import jakarta.servlet.ServletException;

/**
 * Concurrent first requests for the same kept page compute it once. Right after a change every
 * kept page is gone (the data version moved on), and the readers who arrive together for the
 * same address would each run the controller and the template; with this, the first one renders
 * and the others wait for its result and answer the same bytes.
 * <p>
 * Only a result the renderer says may be shared is handed to the others (a page that was kept);
 * when the first render fails, gives something else, or takes longer than {@code wait}, each
 * waiting request renders for itself, as it would have without this class.
 */
final class RenderCoalescer<K, V> {

    /** The work of one render; may throw what the filter chain throws. */
    @FunctionalInterface
    interface Render<V> {
        V render() throws IOException, ServletException;
    }

    private final ConcurrentMap<K, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();
    private final long waitMillis;

    RenderCoalescer(long waitMillis) {
        this.waitMillis = waitMillis;
    }

    /**
     * Renders under {@code key}, or waits for the render of the same key already running and
     * returns its result if it may be shared.
     */
    V render(K key, Render<V> work, Predicate<V> shareable, Runnable beforeWaiting) throws IOException, ServletException {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            beforeWaiting.run();
            V shared = await(running);
            if (shared != null) {
                return shared;
            }
            return work.render();
        }
        V result = null;
        try {
            result = work.render();
            return result;
        }
        finally {
            // Removed before completing: a request that comes after the result is out finds it kept.
            inFlight.remove(key, mine);
            mine.complete(result != null && shareable.test(result) ? result : null);
        }
    }

    /** How many renders are running that others could join (for tests). */
    int inFlight() {
        return inFlight.size();
    }

    private V await(CompletableFuture<V> running) {
        try {
            return running.get(waitMillis, TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }
}
