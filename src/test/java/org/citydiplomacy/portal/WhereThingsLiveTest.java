package org.citydiplomacy.portal;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.citydiplomacy.portal.support.GeneratedDocs;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The "where things live" table of {@code docs/architecture.md}, generated from the running
 * application: every page and endpoint its request mappings declare, and every job (start-up
 * runners, scheduled methods, event listeners), with the module and class that serve it. Fails when
 * the committed table differs; refresh it with {@code DOCS_WRITE=true}.
 */
@PortalTest
class WhereThingsLiveTest {

    private static final String BASE = PortalApplication.class.getPackageName() + ".";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApplicationContext context;

    @Test
    void theTableOfWhereThingsLiveIsTheCodes() throws IOException {
        GeneratedDocs.checkSection(Path.of("docs", "architecture.md"), "where-things-live", pages() + "\n" + jobs());
    }

    private String pages() {
        record Row(String path, String methods, String kind, String module, String handler) {
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            Class<?> type = ClassUtils.getUserClass(handler.getBeanType());
            if (!type.getName().startsWith(BASE)) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            String methods = info.getMethodsCondition().getMethods().isEmpty() ? "any"
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(", "));
            String produces = info.getProducesCondition().getProducibleMediaTypes().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            String kind = kind(handler, type) + (produces.isEmpty() ? "" : " (" + produces + ")");
            for (String path : new TreeSet<>(info.getPatternValues())) {
                rows.add(new Row(path, methods, kind, module(type), where(type, handler.getMethod())));
            }
        }
        rows.sort(Comparator.comparing(Row::path).thenComparing(Row::methods).thenComparing(Row::handler));
        StringBuilder s = new StringBuilder("| URL | method | kind | module | class and method |\n|---|---|---|---|---|\n");
        rows.forEach(r -> s.append("| `").append(r.path()).append("` | ").append(r.methods()).append(" | ")
                .append(r.kind()).append(" | `").append(r.module()).append("` | `").append(r.handler()).append("` |\n"));
        return s.toString();
    }

    private String jobs() {
        List<String[]> rows = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> beanType = context.getType(name);
            if (beanType == null) {
                continue;
            }
            Class<?> type = ClassUtils.getUserClass(beanType);
            if (!type.getName().startsWith(BASE)) {
                continue;
            }
            if (ApplicationRunner.class.isAssignableFrom(type) || CommandLineRunner.class.isAssignableFrom(type)) {
                rows.add(new String[] { "at start-up", module(type), where(type, null) });
            }
            for (Method method : type.getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
                    rows.add(new String[] { "scheduled", module(type), where(type, method) });
                }
                if (AnnotatedElementUtils.hasAnnotation(method, EventListener.class)) {
                    rows.add(new String[] { "on an event ("
                            + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                                    .collect(Collectors.joining(", ")) + ")", module(type), where(type, method) });
                }
            }
        }
        rows.sort(Comparator.comparing((String[] r) -> r[1]).thenComparing(r -> r[2]));
        StringBuilder s = new StringBuilder("| job | module | class and method |\n|---|---|---|\n");
        rows.stream().distinct().forEach(r -> s.append("| ").append(r[0]).append(" | `").append(r[1]).append("` | `")
                .append(r[2]).append("` |\n"));
        return s.toString();
    }

    /**
     * A page renders a template (or redirects), named or as a view (a listing page drawn from its frame);
     * anything else answers data: JSON, CSV, a feed, a file.
     */
    private static String kind(HandlerMethod handler, Class<?> type) {
        boolean body = AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class);
        Class<?> returned = handler.getMethod().getReturnType();
        return !body && (returned == String.class || returned == ModelAndView.class) ? "page" : "endpoint";
    }

    private static String module(Class<?> type) {
        String rest = type.getName().substring(BASE.length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : "(application)";
    }

    private static String where(Class<?> type, Method method) {
        String name = type.getName().substring(BASE.length()).replace('$', '.');
        return method == null ? name : name + "." + method.getName();
    }
}
