package org.citydiplomacy.portal.platform.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read strictly, so that loose input is refused with a message instead of being
 * changed silently: a field given twice, a field the record does not have ({@code id} and
 * {@code version} among them), a number or true/false where text belongs, a number where a choice
 * belongs, 1.5 where a whole number belongs. Only the HTTP converter is strict: the application's
 * own {@link JsonMapper} also reads the JSON that queries build in the database, leniently.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfig {

    /**
     * Replaces the JSON converter in its place among the defaults (after Boot's customizer, order 0,
     * which puts the lenient one there). A converter bean would go before the defaults instead, where
     * it would also write the API document (bytes) as a base64 JSON string.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer strictJsonHttpMessageConverter(JsonMapper json) {
        JacksonJsonHttpMessageConverter strict = new JacksonJsonHttpMessageConverter(strict(json));
        return converters -> converters.withJsonConverter(strict);
    }

    static JsonMapper strict(JsonMapper json) {
        return json.rebuild()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }
}
