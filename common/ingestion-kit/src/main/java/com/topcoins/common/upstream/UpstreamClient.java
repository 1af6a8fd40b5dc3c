package com.topcoins.common.upstream;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.URI;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * GETs JSON from an upstream API with a response size cap, and retries with exponential backoff for
 * the failures another attempt can cure. The HTTP client is Boot's {@link RestClient.Builder}: its
 * connect and read timeouts are {@code spring.http.clients.*}, and it records {@code http.client.requests}. What a body means (error envelopes, paging) is
 * the caller's {@link ResponseReader}; a {@link UpstreamException} it throws is retried when
 * {@linkplain UpstreamException#retryable() retryable}.
 */
public class UpstreamClient {

    private static final Logger log = LoggerFactory.getLogger(UpstreamClient.class);

    private final String api;
    private final RestClient http;
    private final JsonMapper json;
    private final Retry retry;

    /** @param builder a builder of its own: Boot's is a prototype, one per injection point */
    public UpstreamClient(
            String api, RestClient.Builder builder, UpstreamProperties properties, ApiKeyHeader keyHeader) {
        this.api = api;
        this.http = builder.baseUrl(properties.baseUrl().toString())
                .defaultHeaders(headers -> {
                    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
                    if (properties.hasApiKey()) {
                        headers.set(keyHeader.name(), keyHeader.value(properties.apiKey()));
                    }
                })
                .build();
        // Prices arrive with up to 17 significant digits: keep them exact. The size cap is enforced
        // while parsing, so an oversized body never sits in memory whole.
        this.json = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxDocumentLength(properties.maxResponseSize().toBytes())
                                .build())
                        .build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        this.retry = Retry.of(api, retryConfig(properties.retry()));
        this.retry
                .getEventPublisher()
                .onRetry(event -> log.warn(
                        "{} attempt {} failed: {}; retrying in {} ms",
                        api,
                        event.getNumberOfRetryAttempts(),
                        event.getLastThrowable().getMessage(),
                        event.getWaitInterval().toMillis()));
        if (!properties.hasApiKey()) {
            log.warn("No API key configured for {}: requests go out without one", api);
        }
    }

    /** The mapper used for bodies, to bind parts of them to records. */
    public JsonMapper json() {
        return json;
    }

    public <R> R get(Function<UriBuilder, URI> uri, ResponseReader<R> reader) {
        return Retry.decorateSupplier(retry, () -> attempt(uri, reader)).get();
    }

    private <R> R attempt(Function<UriBuilder, URI> uri, ResponseReader<R> reader) {
        UpstreamResponse response;
        try {
            response = http.get()
                    .uri(uri)
                    .exchange(
                            (request, result) -> {
                                int status = result.getStatusCode().value();
                                try {
                                    return new UpstreamResponse(status, json.readTree(result.getBody()));
                                } catch (StreamConstraintsException e) {
                                    throw new UpstreamException(
                                            "%s response (HTTP %d) is over the size cap: %s"
                                                    .formatted(api, status, e.getOriginalMessage()),
                                            false,
                                            e);
                                } catch (JacksonIOException e) {
                                    // The connection broke or the read timeout closed it mid-body: not the body's
                                    // fault.
                                    throw new UpstreamException(
                                            "%s response (HTTP %d) could not be read: %s"
                                                    .formatted(api, status, e.getOriginalMessage()),
                                            true,
                                            e);
                                } catch (JacksonException e) {
                                    if (status >= 200 && status < 300) {
                                        throw new UpstreamException(
                                                "%s sent malformed JSON: %s".formatted(api, e.getOriginalMessage()),
                                                true,
                                                e);
                                    }
                                    throw UpstreamException.forStatus(api, status, "non-JSON body");
                                }
                            },
                            true);
        } catch (ResourceAccessException e) {
            Throwable cause = e.getMostSpecificCause();
            throw new UpstreamException(
                    "%s unreachable or too slow: %s"
                            .formatted(
                                    api,
                                    cause.getMessage() != null
                                            ? cause.getMessage()
                                            : cause.getClass().getSimpleName()),
                    true,
                    e);
        }
        return reader.read(response);
    }

    private static RetryConfig retryConfig(UpstreamProperties.Retry policy) {
        return RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                        policy.initialBackoff(), policy.multiplier(), 0.2, policy.maxBackoff()))
                .retryOnException(e -> e instanceof UpstreamException upstream && upstream.retryable())
                .build();
    }

    /** Turns a parsed response into a result, or throws {@link UpstreamException}. */
    @FunctionalInterface
    public interface ResponseReader<R> {
        R read(UpstreamResponse response);
    }
}
