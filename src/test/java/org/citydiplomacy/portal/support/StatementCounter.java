package org.citydiplomacy.portal.support;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application runs, through a proxy around its DataSource, so that
 * tests can hold every page and endpoint to a fixed number of statements. The shared session
 * store's own reads and writes (Spring Session JDBC, one or two per signed-in request whatever the
 * page) and the search snapshot's (read in the background) are not the page's and are left out.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final AtomicInteger COUNT = new AtomicInteger();
    /** The statements counted since the last reset, for the messages of failed assertions. */
    private static final List<String> RUN = new CopyOnWriteArrayList<>();

    public static void reset() {
        COUNT.set(0);
        RUN.clear();
    }

    public static List<String> statements() {
        return List.copyOf(RUN);
    }

    public static int count() {
        return COUNT.get();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name("counted")
                            // The search snapshot is read on a thread of its own, for no page in particular.
                            .afterQuery((execution, queries) -> queries.stream()
                                    .filter(query -> !Thread.currentThread().getName().startsWith("search-snapshot"))
                                    .map(query -> query.getQuery())
                                    .filter(sql -> !sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION"))
                                    .forEach(sql -> {
                                        COUNT.incrementAndGet();
                                        RUN.add(sql);
                                    }))
                            .build();
                }
                return bean;
            }
        };
    }
}
