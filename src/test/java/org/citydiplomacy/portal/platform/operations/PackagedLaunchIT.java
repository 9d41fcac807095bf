package org.citydiplomacy.portal.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.citydiplomacy.portal.support.ScratchDatabase;
import org.junit.jupiter.api.Test;

/**
 * The README's production launch, for real: the packaged jar, run by a separate JVM with the
 * build-time bean definitions ({@code -Dspring.aot.enabled=true}), on a database nobody has
 * migrated. It must migrate, become ready, and serve a public page, the API and the staff sign-in.
 * The other tests build their contexts at run time, so only this one proves that the AOT-processed
 * context the build writes into the jar starts and answers. Runs after {@code package} (Failsafe).
 */
class PackagedLaunchIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void thePackagedJarStartsWithItsBuildTimeContextAndServesPagesAndTheApi() throws Exception {
        Path jar = packagedJar();
        Path log = Files.createTempFile("packaged-launch", ".log");
        int port = freePort();
        try (ScratchDatabase database = ScratchDatabase.create("packaged")) {
            List<String> command = new ArrayList<>(List.of(javaOfThisRun(), "-Xmx256m", "-XX:MaxNewSize=96m",
                    "-Dspring.aot.enabled=true", "-jar", jar.toString(), "--server.port=" + port));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("SPRING_DATASOURCE_URL", database.url());
            builder.environment().put("SPRING_DATASOURCE_USERNAME", ScratchDatabase.username());
            builder.environment().put("SPRING_DATASOURCE_PASSWORD", ScratchDatabase.password());
            Process portal = builder.start();
            try {
                awaitReady(portal, port, log);
                assertThat(Files.readString(log)).as("the log says which context started")
                        .contains("Starting AOT-processed PortalApplication");

                HttpResponse<String> agreements = get(port, "/agreements");
                assertThat(agreements.statusCode()).isEqualTo(200);
                assertThat(agreements.body()).contains("<ol class=\"result-list\"");

                HttpResponse<String> api = get(port, "/api/v1/agreements");
                assertThat(api.statusCode()).isEqualTo(200);
                assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));

                assertThat(get(port, "/partners").statusCode()).isEqualTo(200);
                assertThat(get(port, "/login").statusCode()).isEqualTo(200);
                assertThat(get(port, "/agreements/999999999").statusCode()).isEqualTo(404);
            } finally {
                portal.destroy();
                if (!portal.waitFor(30, TimeUnit.SECONDS)) {
                    portal.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private void awaitReady(Process portal, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!portal.isAlive()) {
                throw new AssertionError("the packaged portal exited (" + portal.exitValue() + "):\n" + tail(log));
            }
            try {
                if (get(port, "/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the packaged portal was not ready within " + READY_WITHIN + ":\n" + tail(log));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path packagedJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("portal-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no packaged jar in target/: Failsafe runs after package"));
        }
    }

    private static String javaOfThisRun() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
