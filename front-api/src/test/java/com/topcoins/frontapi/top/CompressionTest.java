package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.MongoCommandCounter;
import com.topcoins.frontapi.SnapshotFixtures;
import com.topcoins.frontapi.cache.CacheConfiguration;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Answers over real HTTP for clients that take gzip: the compressed bytes of the same answer, with
 * {@code Content-Encoding}, {@code Vary} and an ETag of their own; compressed once, then served from the cache;
 * {@code Cache-Control} for shared caches.
 */
@FrontApiTest
class CompressionTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private SnapshotFixtures fixtures;

    @Autowired
    private MongoCommandCounter mongo;

    @Autowired
    private StringRedisTemplate redis;

    private Snapshot ranking;
    private Snapshot prices;

    @BeforeEach
    void publish() {
        fixtures.clear();
        ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        new ApiClient(port).awaitServing("/?limit=1", ranking, prices);
    }

    @Test
    void aClientTakingGzipGetsTheSameAnswerCompressedWithItsOwnValidator() throws Exception {
        for (String query : new String[] {"/?limit=10", "/?limit=10&format=csv", "/api/v1/top?start=2&limit=5"}) {
            HttpResponse<byte[]> plain = get(query);
            HttpResponse<byte[]> gzip = get(query, "Accept-Encoding", "gzip, deflate, br");

            assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
            assertThat(gzip.body().length).isLessThan(plain.body().length);
            assertThat(gzip.headers().firstValue("Content-Type"))
                    .isEqualTo(plain.headers().firstValue("Content-Type"));
            for (HttpResponse<byte[]> response : List.of(plain, gzip)) {
                assertThat(response.headers().allValues("Vary").toString()).contains("Accept", "Accept-Encoding");
            }
            assertThat(gzip.headers().firstValue("ETag"))
                    .isPresent()
                    .isNotEqualTo(plain.headers().firstValue("ETag"));
        }
    }

    @Test
    void aBrowserPageIsCompressedToo() throws Exception {
        HttpResponse<byte[]> page = get("/?limit=10", "Accept", "text/html", "Accept-Encoding", "gzip");
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(gunzip(page.body()), StandardCharsets.UTF_8)).contains("<table", "BTC");
    }

    @Test
    void eachEncodingRevalidatesOnlyItsOwnBytes() throws Exception {
        String gzipTag = get("/?limit=7", "Accept-Encoding", "gzip")
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        String plainTag = get("/?limit=7").headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> gzip304 = get("/?limit=7", "Accept-Encoding", "gzip", "If-None-Match", gzipTag);
        assertThat(gzip304.statusCode()).isEqualTo(304);
        assertThat(gzip304.headers().firstValue("ETag")).hasValue(gzipTag);
        // The compressed answer's tag does not validate the plain bytes, nor the other way round.
        assertThat(get("/?limit=7", "If-None-Match", gzipTag).statusCode()).isEqualTo(200);
        assertThat(get("/?limit=7", "Accept-Encoding", "gzip", "If-None-Match", plainTag)
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/?limit=7", "If-None-Match", plainTag).statusCode()).isEqualTo(304);
    }

    @Test
    void refusedOrUnknownCodingsGetThePlainAnswer() throws Exception {
        for (String acceptEncoding : new String[] {"gzip;q=0", "identity", "br", "*;q=0"}) {
            HttpResponse<byte[]> response = get("/?limit=3", "Accept-Encoding", acceptEncoding);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(acceptEncoding)
                    .isEmpty();
        }
    }

    @Test
    void theCompressedAnswerIsACacheEntryOfItsOwnMadeOnce() throws Exception {
        String plainKey = CacheConfiguration.KEY_PREFIX + TopService.CACHE + ":v" + AnswerKey.FORMAT_VERSION + ":"
                + ranking.id() + ":" + prices.id() + ":1:8:json";
        byte[] first = get("/?limit=8", "Accept-Encoding", "gzip").body();
        assertThat(redis.hasKey(plainKey))
                .as("the plain answer, compressed from")
                .isTrue();
        assertThat(redis.hasKey(plainKey + ":gzip")).as("the compressed entry").isTrue();

        long queries = mongo.count();
        byte[] again = get("/?limit=8", "Accept-Encoding", "gzip").body();
        assertThat(again).as("the same stored bytes, not compressed anew").isEqualTo(first);
        assertThat(mongo.count()).isEqualTo(queries);
    }

    @Test
    void sharedCachesMayKeepAnAnswerUntilTheNextSnapshotIsDueBrowsersRevalidate() throws Exception {
        String cacheControl =
                get("/?limit=2").headers().firstValue("Cache-Control").orElseThrow();
        assertThat(cacheControl).startsWith("max-age=0, public, s-maxage=").contains("stale-while-revalidate=300");
        long sMaxAge = Long.parseLong(cacheControl.replaceAll(".*s-maxage=(\\d+).*", "$1"));
        // Just published: the ranking's next run (CC_INTERVAL, 5 min by default) is at most that far away.
        assertThat(sMaxAge).isBetween(1L, 300L);
    }

    private HttpResponse<byte[]> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
