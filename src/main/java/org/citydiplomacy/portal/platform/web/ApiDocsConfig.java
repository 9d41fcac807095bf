package org.citydiplomacy.portal.platform.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The OpenAPI description of /api/v1 (springdoc reads the controllers; this adds what it cannot see:
 * the two authentication schemes, which operations need which, and the problem+json errors) and
 * the security of its pages: /v3/api-docs and /swagger-ui.html are public, and Swagger UI's own
 * paths alone get the looser style policy it needs.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "Problem";
    static final String TOKENS_PATH = "/api/v1/tokens";

    @Bean
    @Order(0)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        // Swagger UI sets inline styles and shows data: images; its scripts are its own files.
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self';"
                                + " object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")));
        return http.build();
    }

    @Bean
    OpenApiCustomizer portalApiDescription() {
        return openApi -> {
            openApi.info(new Info().title("City Diplomacy Records API").version("v1")
                    .description("Partner cities, agreements and leaders' meetings of the Tokyo Metropolitan "
                            + "Government. Reading is open to everyone (published records only); staff reading "
                            + "with a token also see drafts and withdrawn records. Writing needs a personal "
                            + "access token (POST /api/v1/tokens with HTTP Basic) of an editor or administrator, "
                            + "sent as 'Authorization: Bearer <token>'. Updates carry the version they are based "
                            + "on: If-Match with the ETag of the record's GET. Errors are RFC 9457 "
                            + "application/problem+json."));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("A staff account's username and password; only to obtain a token."));
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .description("A personal access token from POST /api/v1/tokens."));
            components.addSchemas(PROBLEM, problemSchema());
            openApi.components(components);
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach(ApiDocsConfig::describe);
            }
        };
    }

    private static void describe(String path, PathItem item) {
        item.readOperationsMap().forEach((method, operation) -> {
            boolean staffRead = path.endsWith("/editable") || path.endsWith("/history");
            boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
            if (path.equals(TOKENS_PATH)) {
                operation.addSecurityItem(new SecurityRequirement().addList(BASIC));
                problems(operation, Map.of("401", "No or wrong credentials", "429", "Too many attempts; try later"));
                return;
            }
            if (write || staffRead) {
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                problems(operation, Map.of("401", "No valid token", "403", "The account's role may not do this"));
            }
            if (write) {
                problems(operation, Map.of("400", "Invalid fields, each listed under 'errors'; nothing was saved"));
            }
            if (method == PathItem.HttpMethod.PUT) {
                problems(operation, Map.of(
                        "412", "Stale: saved by someone else since the If-Match version; 'changedMeanwhile' lists the fields",
                        "428", "If-Match missing"));
            }
            if (path.contains("{")) {
                problems(operation, Map.of("404", "No such record, or not visible to the reader"));
            }
            else if (!write) {
                problems(operation, Map.of("400", "Invalid parameters, each listed under 'errors'"));
            }
        });
    }

    private static void problems(Operation operation, Map<String, String> responses) {
        ApiResponses all = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.forEach((status, description) -> all.addApiResponse(status, new ApiResponse()
                .description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
        operation.responses(all);
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().description("The field, e.g. partners[0] or title"));
        fieldError.addProperty("parameter", new StringSchema().description("The query parameter, for reads"));
        fieldError.addProperty("code", new StringSchema().description("The message code"));
        fieldError.addProperty("message", new StringSchema());
        ObjectSchema change = new ObjectSchema();
        change.addProperty("field", new StringSchema());
        change.addProperty("before", new Schema<>().description("The value in the version the edit was based on"));
        change.addProperty("after", new Schema<>().description("The current value"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().format("uri"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri"));
        problem.addProperty("errors", new ArraySchema().items(fieldError));
        problem.addProperty("changedMeanwhile", new ArraySchema().items(change)
                .description("412 only: the fields that differ between the If-Match version and the current one"));
        problem.addProperty("currentETag", new StringSchema().description("412 only"));
        problem.required(List.of("status"));
        return problem;
    }
}
