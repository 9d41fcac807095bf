package org.citydiplomacy.portal.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.jackson.ModelResolver;
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
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.PartialDate;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
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
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    static {
        // Each enum once, by name (AgreementType, CooperationArea...), rather than a copy inside every
        // schema that uses it: a generated client then has one type per enum.
        ModelResolver.enumsAsRef = true;
        // A PartialDate is written as one string at its precision, not as the record's two fields.
        SpringDocUtils.getConfig().replaceWithSchema(PartialDate.class, new StringSchema()
                .pattern(ApiDocs.PARTIAL_DATE_PATTERN)
                .description("An ISO 8601 date at the precision it is known: a day (2026-02-05), a month (2025-09) or a year (1996)")
                .example("2026-02-05"));
        // The reader's audience is an argument from the security context (AudienceResolver), not a parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Audience.class);
    }

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
                            + "on: If-Match with the ETag of the record's GET. Creates take an Idempotency-Key "
                            + "header so that a retry never makes a second record. Dates known only to the month "
                            + "or the year are written at their precision: 2026-02-05, 2025-09, 1996. Errors are "
                            + "RFC 9457 application/problem+json."));
            // Relative: the document describes whichever portal serves it, and stays the same on every host.
            openApi.servers(List.of(new Server().url("/").description("The portal that serves this document")));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("A staff account's username and password; only to obtain a token."));
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .description("A personal access token from POST /api/v1/tokens."));
            components.addSchemas(PROBLEM, problemSchema());
            optionalOnCreate(components);
            openApi.components(components);
            openApi.tags(List.of(
                    new Tag().name(ApiDocs.AGREEMENTS).description("Agreements signed with partners: memoranda, communiqués, statements, declarations"),
                    new Tag().name(ApiDocs.PARTNERS).description("Partner cities and states, their relationship with the city and their timelines"),
                    new Tag().name(ApiDocs.MEETINGS).description("Meetings between the city's leaders and its partners'"),
                    new Tag().name(ApiDocs.TOKENS).description("Personal access tokens for staff, obtained with a username and password"),
                    new Tag().name(ApiDocs.IMPORTS).description("Agreements imported from a spreadsheet (CSV or XLSX), checked row by row, saved all or nothing")));
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach(ApiDocsConfig::describe);
            }
        };
    }

    /** The Idempotency-Key header and its answers, on the operations that take it. */
    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handlerMethod) -> {
            if (handlerMethod.hasMethodAnnotation(IdempotentCreate.class)) {
                operation.addParametersItem(new HeaderParameter().name(IDEMPOTENCY_KEY).required(false)
                        .description("Any unique string (a UUID is best), at most 255 printable characters. A retry "
                                + "with the same key and body answers what the first request answered, and creates "
                                + "nothing more; keys are kept per user for 24 hours.")
                        .example("5b8c7e0e-4d0f-4a52-9c1d-0c4f0e2f7a31")
                        .schema(new StringSchema().minLength(1).maxLength(255)));
                Map<String, String> answers = new LinkedHashMap<>();
                answers.put("409", "A request with this Idempotency-Key is still being answered; retry later");
                answers.put("422", "This Idempotency-Key was used with another request body");
                problems(operation, answers);
            }
            return operation;
        };
    }

    /**
     * What a create may leave out because the record starts from a default, as the staff form does:
     * any new record is a DRAFT, and an agreement of UNKNOWN status, until said otherwise. The command
     * records apply these defaults when they are built; the schema says so here, in one place.
     */
    @SuppressWarnings("rawtypes")
    private static void optionalOnCreate(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null) {
            return;
        }
        Map.of("AgreementCommand", Map.of("status", "UNKNOWN", "visibility", "DRAFT"),
                "PartnerCommand", Map.of("visibility", "DRAFT"),
                "MeetingCommand", Map.of("visibility", "DRAFT"))
                .forEach((name, defaults) -> {
                    if (schemas.containsKey(name)) {
                        defaults.forEach((property, value) -> defaultTo(schemas.get(name), property, value));
                    }
                });
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void defaultTo(Schema<?> schema, String property, String value) {
        if (schema.getRequired() != null) {
            schema.setRequired(schema.getRequired().stream().filter(name -> !name.equals(property)).toList());
        }
        Schema field = schema.getProperties().get(property);
        if (field != null) {
            field.setDefault(value);
        }
    }

    /** A published record's or signed document's own address: once withdrawn, it answers 410. */
    private static final java.util.regex.Pattern WITHDRAWABLE = java.util.regex.Pattern.compile(
            "/api/v1/(agreements|meetings|partners)/\\{[a-zA-Z]+}(/documents/\\{documentId})?");

    private static void describe(String path, PathItem item) {
        item.readOperationsMap().forEach((method, operation) -> {
            boolean staffRead = path.endsWith("/editable") || path.endsWith("/history");
            boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
            Map<String, String> answers = new LinkedHashMap<>();
            if (path.equals(TOKENS_PATH)) {
                operation.addSecurityItem(new SecurityRequirement().addList(BASIC));
                answers.put("400", "Invalid fields, each listed under 'errors'");
                answers.put("401", "No or wrong credentials");
                answers.put("429", "Too many failed attempts; Retry-After says when to try again");
            }
            else if (write || staffRead) {
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                answers.put("401", "No valid token");
                answers.put("403", "The account's role may not do this");
            }
            else {
                answers.put("401", "A token was sent but is not valid (reading needs none)");
            }
            if (write && operation.getRequestBody() != null && !path.equals(TOKENS_PATH)) {
                add(answers, "400", "Invalid fields, each listed under 'errors'; nothing was saved");
            }
            if (method == PathItem.HttpMethod.PUT) {
                answers.put("412", "Stale: saved by someone else since the If-Match version; 'changedMeanwhile' lists the fields");
                answers.put("428", "If-Match missing");
            }
            else if (path.matches("/api/v1/agreements/\\{id}/documents/\\{documentId}/withdrawal")) {
                answers.put("412", "Stale: the agreement was saved by someone else since the If-Match version");
            }
            if (path.contains("{")) {
                answers.put("404", "No such record, or not visible to the reader");
            }
            else if (!write && operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()))) {
                add(answers, "400", "Invalid parameters, each listed under 'errors'");
            }
            if (!write && WITHDRAWABLE.matcher(path).matches()) {
                answers.put("410", "Withdrawn from publication: when and (if given) why");
            }
            if (hasNumericPathParameter(operation)) {
                add(answers, "400", "The id is not a number");
            }
            answers.put("503", "The database cannot be reached; try again later");
            problems(operation, answers);
        });
    }

    private static void add(Map<String, String> answers, String status, String description) {
        answers.merge(status, description, (first, second) -> first + "; or: " + second);
    }

    private static boolean hasNumericPathParameter(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "path".equals(p.getIn()) && p.getSchema() != null
                        && ("integer".equals(p.getSchema().getType())
                                // OpenAPI 3.1 schemas carry their type in a set.
                                || p.getSchema().getTypes() != null && p.getSchema().getTypes().contains("integer")));
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
        fieldError.addProperty("rejectedValue", new StringSchema().description("The parameter's value, for reads"));
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
        problem.addProperty("baseVersion", new IntegerSchema().format("int64").description("412 only: the If-Match version"));
        problem.addProperty("currentVersion", new IntegerSchema().format("int64").description("412 only"));
        problem.required(List.of("status"));
        return problem;
    }
}
