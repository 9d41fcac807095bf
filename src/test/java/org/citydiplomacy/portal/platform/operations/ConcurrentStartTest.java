package org.citydiplomacy.portal.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.citydiplomacy.portal.support.PortalInstance;
import org.citydiplomacy.portal.support.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.citydiplomacy.portal.support.Browser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances deployed at once on an empty database: one migrates it while the other waits
 * (Flyway holds a PostgreSQL advisory lock while it migrates), and both start and answer.
 */
class ConcurrentStartTest {

    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseBothStartAndMigrateOnce() throws Exception {
        try (ScratchDatabase empty = ScratchDatabase.create("concurrent")) {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            CountDownLatch ready = new CountDownLatch(2);
            try {
                List<CompletableFuture<PortalInstance>> starting = List.of(1, 2).stream()
                        .map(n -> CompletableFuture.supplyAsync(() -> {
                            ready.countDown();
                            await(ready);
                            return PortalInstance.start("spring.datasource.url=" + empty.url());
                        }, threads))
                        .toList();
                List<PortalInstance> instances = starting.stream().map(CompletableFuture::join).toList();
                try {
                    JdbcClient jdbc = instances.get(0).bean(JdbcClient.class);
                    List<Map<String, Object>> applied = jdbc.sql("""
                            SELECT version, count(*) AS times, bool_and(success) AS ok FROM flyway_schema_history
                             WHERE version IS NOT NULL GROUP BY version""").query().listOfRows();
                    assertThat(applied).isNotEmpty();
                    assertThat(applied).allSatisfy(row -> {
                        assertThat(((Number) row.get("times")).intValue()).as("version %s", row.get("version")).isEqualTo(1);
                        assertThat(row.get("ok")).isEqualTo(true);
                    });
                    assertThat(applied).extracting(row -> row.get("version")).contains("70");
                    for (PortalInstance instance : instances) {
                        assertThat(new Browser().get(instance.url("/agreements")).statusCode())
                                .isEqualTo(200);
                    }
                }
                finally {
                    instances.forEach(PortalInstance::close);
                }
            }
            finally {
                threads.shutdownNow();
                threads.awaitTermination(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
