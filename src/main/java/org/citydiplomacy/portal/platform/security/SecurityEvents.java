package org.citydiplomacy.portal.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security event log: one line per sign-in (success, failure, throttled), token issued, used or
 * revoked, account change, sign-out, document upload and withdrawal, on the logger
 * {@code portal.security}. Each line is {@code event=... key=value ...} in plain logs, and the same
 * pairs are key-values of the event, so Spring Boot's structured logging
 * ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} or {@code logstash}) writes them as JSON fields.
 * Callers pass names, ids and outcomes only: never a password, a token or a hash of either.
 */
public final class SecurityEvents {

    public static final String LOGGER = "portal.security";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private SecurityEvents() {
    }

    /**
     * @param event what happened, e.g. {@code sign-in.failure}
     * @param pairs keys and values, alternating; the client address of the current request is added
     */
    public static void record(String event, Object... pairs) {
        if (!log.isInfoEnabled()) {
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event", event);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            fields.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request instanceof ServletRequestAttributes servlet && !fields.containsKey("address")) {
            fields.put("address", servlet.getRequest().getRemoteAddr());
        }
        LoggingEventBuilder line = log.atInfo();
        StringBuilder message = new StringBuilder();
        fields.forEach((key, value) -> {
            String text = clean(value);
            line.addKeyValue(key, text);
            message.append(message.isEmpty() ? "" : " ").append(key).append('=').append(quoted(text));
        });
        line.log(message.toString());
    }

    /** No line breaks or control characters from user input in the log (no forged lines). */
    private static String clean(Object value) {
        String text = String.valueOf(value);
        StringBuilder clean = new StringBuilder(Math.min(text.length(), 200));
        for (int i = 0; i < text.length() && clean.length() < 200; i++) {
            char c = text.charAt(i);
            clean.append(Character.isISOControl(c) ? '?' : c);
        }
        return clean.toString();
    }

    private static String quoted(String text) {
        return text.isEmpty() || text.chars().anyMatch(c -> c == ' ' || c == '"' || c == '=')
                ? '"' + text.replace("\"", "'") + '"'
                : text;
    }
}
