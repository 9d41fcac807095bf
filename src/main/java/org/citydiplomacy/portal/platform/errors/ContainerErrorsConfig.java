package org.citydiplomacy.portal.platform.errors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link ContainerErrorValve} in place of Tomcat's error report (and of the one Spring Boot
 * configures), so that errors the container answers itself look like the portal's. Runs after Boot's
 * own customizer, whose valve it removes. And answers requests whose parameters Tomcat cannot decode
 * ({@link UndecodableParametersFilter}).
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorsConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    /** Looked up when an error is reported, long after the server (made before most beans) has started. */
    private final ObjectProvider<ApiProblems> problems;

    ContainerErrorsConfig(ObjectProvider<ApiProblems> problems) {
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                // The host adds its default report at start unless one of this class is there.
                host.setErrorReportValveClass(ContainerErrorValve.class.getName());
                host.getPipeline().addValve(new ContainerErrorValve(problems::getIfAvailable));
            }
        });
    }

    /**
     * Before every other filter, the security chain included: they read parameters too. But after the
     * character encoding filter (also first): parameters read before it is set are decoded as
     * ISO-8859-1, and a form's "Järvenpää" was saved as "JÃ¤rvenpÃ¤Ã¤".
     */
    @Bean
    static FilterRegistrationBean<UndecodableParametersFilter> undecodableParametersFilter() {
        FilterRegistrationBean<UndecodableParametersFilter> registration = new FilterRegistrationBean<>(
                new UndecodableParametersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * A request the security firewall rejects (an encoded semicolon or double slash in the path) is
     * answered before the headers are written: write them, then let the error dispatch answer.
     */
    @Bean
    static RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            SecurityHeaders.write(response);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
