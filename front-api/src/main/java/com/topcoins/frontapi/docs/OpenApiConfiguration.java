package com.topcoins.frontapi.docs;

import com.topcoins.frontapi.ApiProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /docs}): its fixed parts, the components every
 * endpoint shares, and what only the configuration knows. Its server is the relative URL {@code /}: springdoc
 * would otherwise build it from each request's {@code Host}, reflecting whatever a client sends into the document.
 *
 * <p>Shared components, defined once here: the {@code Problem} schema (every error is {@code
 * application/problem+json}), the {@code Retry-After} header, the {@code If-None-Match} parameter and the responses
 * {@code NotModified}, {@code BadRequest}, {@code NotFound}, {@code NotAcceptable}, {@code TooManyRequests} and
 * {@code ServiceUnavailable} (the last two with {@code Retry-After}). An endpoint references them with one line
 * each, by the constants below:
 *
 * <pre>{@code
 * @Operation(operationId = "getAsset", responses = {
 *         @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Asset.class))),
 *         @ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST),
 *         @ApiResponse(responseCode = "503", ref = OpenApiConfiguration.SERVICE_UNAVAILABLE)})
 * }</pre>
 *
 * <p>Every operation sets its {@code operationId}; a handler mapped to several paths gets one per path in
 * {@link #operationIds}. The window parameters {@code limit} and {@code start} and the {@code format} are shared
 * components too ({@link #LIMIT}, {@link #START}, {@link #FORMAT}), their bounds and {@code limit}'s default taken from
 * {@link ApiProperties}: configuration, not annotations.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    public static final String TAG_TOP = "top";
    public static final String NOT_MODIFIED = "#/components/responses/NotModified";
    public static final String BAD_REQUEST = "#/components/responses/BadRequest";
    public static final String NOT_FOUND = "#/components/responses/NotFound";
    public static final String NOT_ACCEPTABLE = "#/components/responses/NotAcceptable";
    public static final String TOO_MANY_REQUESTS = "#/components/responses/TooManyRequests";
    public static final String SERVICE_UNAVAILABLE = "#/components/responses/ServiceUnavailable";
    public static final String IF_NONE_MATCH = "#/components/parameters/IfNoneMatch";
    public static final String LIMIT = "#/components/parameters/Limit";
    public static final String START = "#/components/parameters/Start";
    public static final String FORMAT = "#/components/parameters/Format";
    public static final String PROBLEM = "#/components/schemas/Problem";
    public static final String RETRY_AFTER = "#/components/headers/Retry-After";

    static final String PROBLEM_JSON = "application/problem+json";

    private static final String DESCRIPTION = """
            Which are the top crypto assets by 24 h trading volume right now, and what does each cost in USD? \
            The ranking comes from CryptoCompare, the prices from CoinMarketCap; the service merges the two by \
            symbol with CryptoCompare's own price as evidence, and leaves a row unpriced rather than give it \
            another coin's price.

            Each source is fetched on its own schedule into complete snapshots; every answer is built from the \
            latest complete snapshot of both (named in `X-Ranking-Snapshot` and `X-Price-Snapshot`), never from \
            partial data, and says how old its data is (`rankingAsOf`, `pricesAsOf`, the `X-Data-Age` header). \
            Older snapshots within the retention window answer `at`.

            More in the project's `README.md`, section "API" (parameters, merge rule, freshness, caching, errors).""";

    @Bean
    OpenAPI topCoinsOpenApi(ApiProperties properties) {
        int max = properties.maxLimit();
        return new OpenAPI()
                .info(new Info().title("Top Coins API").description(DESCRIPTION).version("v1"))
                .addServersItem(new Server().url("/").description("this server"))
                .addTagsItem(new Tag()
                        .name(TAG_TOP)
                        .description("The top assets by 24 h volume with USD prices, as JSON, CSV or HTML"))
                .components(new Components()
                        .addSchemas("Problem", problem())
                        .addHeaders(
                                "Retry-After",
                                new Header()
                                        .description("Seconds to wait before trying again")
                                        .schema(integer(1)))
                        // The window and format, shared by the top answer and its stream; the bounds are configuration.
                        .addParameters(
                                "Limit",
                                query("limit", "Rows, from 1 to the ingestion depth (`topcoins.api.max-limit`)")
                                        .schema(integer(1)
                                                .maximum(BigDecimal.valueOf(max))
                                                ._default(Math.min(properties.defaultLimit(), max))))
                        .addParameters(
                                "Start",
                                query("start", "1-based rank of the first row")
                                        .schema(integer(1)
                                                .maximum(BigDecimal.valueOf(max))
                                                ._default(1)))
                        .addParameters(
                                "Format",
                                query("format", "`json` or `csv` (any case); overrides `Accept`")
                                        .schema(new JsonSchema()
                                                .types(Set.of("string"))
                                                ._enum(List.of("json", "csv"))))
                        .addParameters(
                                "IfNoneMatch",
                                new Parameter()
                                        .in("header")
                                        .name("If-None-Match")
                                        .description("The `ETag` of an answer the client holds: `304` while it is"
                                                + " still current (`*`: any answer)")
                                        .schema(string()))
                        .addResponses(
                                "NotModified",
                                new ApiResponse()
                                        .description("Unchanged since the `ETag` given in `If-None-Match`; no body,"
                                                + " the headers a `200` would carry"))
                        .addResponses("BadRequest", problem("A bad parameter or header; `parameter` names it", false))
                        .addResponses(
                                "NotFound",
                                problem(
                                        "Nothing at that address: no ranked asset has the symbol, or for `at` no"
                                                + " complete snapshot of both sources was current then (outside the"
                                                + " retention window)",
                                        false))
                        .addResponses(
                                "NotAcceptable",
                                problem("`Accept` allows none of the representations the operation offers", false))
                        .addResponses(
                                "TooManyRequests",
                                problem(
                                        "More requests of this client in progress at once than the front door"
                                                + " allows (the connection is closed after this answer), or more"
                                                + " streams than `topcoins.stream.max-per-client`",
                                        true))
                        .addResponses(
                                "ServiceUnavailable",
                                problem(
                                        "No complete snapshot of both sources yet, or the database unreachable or"
                                                + " busy and the answer not cached; for a stream, every one of"
                                                + " `topcoins.stream.max-subscribers` taken",
                                        true)));
    }

    /**
     * The top handler answers {@code /} and {@code /api/v1/top}: springdoc would give the second path its
     * {@code operationId} with a suffix ({@code getTop_1}), so the root gets a name of its own.
     */
    @Bean
    OpenApiCustomizer operationIds() {
        return openApi -> {
            PathItem root =
                    openApi.getPaths() == null ? null : openApi.getPaths().get("/");
            if (root != null && root.getGet() != null) {
                root.getGet()
                        .operationId("getTopRoot")
                        .summary(root.getGet().getSummary() + " (the same as `/api/v1/top`)");
            }
            PathItem top =
                    openApi.getPaths() == null ? null : openApi.getPaths().get("/api/v1/top");
            if (top != null && top.getGet() != null) {
                top.getGet().operationId("getTop");
            }
        };
    }

    /**
     * A nullable enum ({@code "type": ["string", "null"]}) must list {@code null} among its values too, or JSON
     * Schema refuses the null the type allows; swagger-core lists only the Java constants.
     */
    @Bean
    OpenApiCustomizer nullableEnums() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
                Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
                for (Schema<?> property : properties.values()) {
                    if (property.getTypes() != null
                            && property.getTypes().contains("null")
                            && property.getEnum() != null
                            && !property.getEnum().contains(null)) {
                        property.getEnum().add(null);
                    }
                }
            }
        };
    }

    private static List<Operation> operations(OpenAPI openApi) {
        return openApi.getPaths() == null
                ? List.of()
                : openApi.getPaths().values().stream()
                        .flatMap(path -> path.readOperations().stream())
                        .toList();
    }

    /**
     * What Spring's {@code ProblemDetail} sends (RFC 9457), with the one extension member the service uses. Strict:
     * a new member must be declared here, which the document's contract test checks against real answers. Answers
     * written outside Spring MVC (the front door's 429, Tomcat's own rejections) carry only some of them.
     */
    private static Schema<?> problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put(
                "type",
                string().format("uri-reference")
                        .description("A URI naming the problem type: `about:blank` here, which Spring's answers"
                                + " leave out (RFC 9457: absent means `about:blank`)"));
        properties.put("title", string().description("The problem type in short"));
        properties.put(
                "status",
                integer(100).maximum(java.math.BigDecimal.valueOf(599)).description("HTTP status"));
        properties.put("detail", string().description("What went wrong in this occurrence"));
        properties.put(
                "instance", string().format("uri-reference").description("The request path the problem is about"));
        properties.put(
                "parameter",
                string().description("400 only: the parameter or header at fault (`(query)` for the whole query)"));
        properties.put("symbol", string().description("404 of an asset only: the symbol no ranked asset has"));
        return new JsonSchema()
                .types(Set.of("object"))
                .description("A problem as RFC 9457 describes it")
                .properties(properties)
                .required(List.of("title", "status"))
                .additionalProperties(false);
    }

    private static ApiResponse problem(String description, boolean retryAfter) {
        ApiResponse response = new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(PROBLEM_JSON, new MediaType().schema(new JsonSchema().$ref(PROBLEM))));
        if (retryAfter) {
            response.addHeaderObject("Retry-After", new Header().$ref(RETRY_AFTER));
        }
        return response;
    }

    private static Schema<?> string() {
        return new JsonSchema().types(Set.of("string"));
    }

    private static Schema<?> integer(int minimum) {
        return new JsonSchema().types(Set.of("integer")).format("int32").minimum(BigDecimal.valueOf(minimum));
    }

    private static Parameter query(String name, String description) {
        return new Parameter().in("query").name(name).description(description);
    }
}
