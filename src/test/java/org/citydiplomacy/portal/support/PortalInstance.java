package org.citydiplomacy.portal.support;

import java.util.ArrayList;
import java.util.List;

import org.citydiplomacy.portal.PortalApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One more instance of the whole portal, on a random port, as a city runs several behind a balancer:
 * by default on the test run's database (the system properties {@link TestDatabase} sets), or on
 * the database given. Close it to stop it.
 */
public final class PortalInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private PortalInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** @param properties extra {@code name=value} properties (e.g. another {@code spring.datasource.url}) */
    public static PortalInstance start(String... properties) {
        List<String> all = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off",
                // No JMX registration: two contexts in one JVM would both claim HikariPool-1's MBean name.
                "spring.jmx.enabled=false"));
        all.addAll(List.of(properties));
        // As command-line arguments: they outrank the system properties that point at the test database.
        SpringApplication application = new SpringApplicationBuilder(PortalApplication.class).build();
        // The JVM's logging is already set up by the test context; two instances starting at once
        // would both reset it and one fails ("Unable to find Spring Environment in logger context").
        application.setListeners(application.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        return new PortalInstance(application.run(all.stream().map(p -> "--" + p).toArray(String[]::new)));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort() + path;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
