package com.topcoins.frontapi.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The rule of the per-client concurrency limit, with requests held open by the chain. */
class ClientConcurrencyFilterTest {

    private static final int LIMIT = 3;

    private final AtomicInteger rejections = new AtomicInteger();
    private final ClientConcurrencyFilter filter = new ClientConcurrencyFilter(LIMIT, rejections::incrementAndGet);

    @Test
    void theRequestPastAClientsLimitGets429AndClosesWhileOtherClientsPass() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(LIMIT);
        FilterChain holding = (request, response) -> {
            started.countDown();
            await(release);
            response.getWriter().write("done");
        };
        ExecutorService threads = Executors.newFixedThreadPool(LIMIT);
        try {
            List<Future<MockHttpServletResponse>> held = new ArrayList<>();
            for (int i = 0; i < LIMIT; i++) {
                held.add(threads.submit(() -> run(request("203.0.113.7"), holding)));
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            MockHttpServletResponse rejected = run(request("203.0.113.7"), (request, response) -> {
                throw new AssertionError("must not reach the application");
            });
            assertThat(rejected.getStatus()).isEqualTo(429);
            assertThat(rejected.getHeader("Retry-After")).isEqualTo("1");
            assertThat(rejected.getHeader("Connection")).isEqualTo("close");
            assertThat(rejected.getContentType()).isEqualTo("application/problem+json");
            assertThat(rejected.getContentAsString()).contains("\"status\":429", "More than 3 requests");
            assertThat(rejections).hasValue(1);

            MockHttpServletResponse other = run(
                    request("203.0.113.8"),
                    (request, response) -> response.getWriter().write("ok"));
            assertThat(other.getStatus()).isEqualTo(200);

            release.countDown();
            for (Future<MockHttpServletResponse> response : held) {
                assertThat(response.get(10, TimeUnit.SECONDS).getContentAsString())
                        .isEqualTo("done");
            }
            assertThat(run(request("203.0.113.7"), (request, response) -> {}).getStatus())
                    .as("permits returned")
                    .isEqualTo(200);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFailingRequestGivesItsPermitBack() throws Exception {
        for (int i = 0; i < 2 * LIMIT; i++) {
            assertThatThrownBy(() -> run(request("198.51.100.1"), (request, response) -> {
                        throw new IllegalStateException("boom");
                    }))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(run(request("198.51.100.1"), (request, response) -> {}).getStatus())
                .isEqualTo(200);
        assertThat(rejections).hasValue(0);
    }

    @Test
    void ipv6ClientsAreCountedByTheir64Prefix() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(LIMIT);
        ExecutorService threads = Executors.newFixedThreadPool(LIMIT);
        try {
            for (int i = 0; i < LIMIT; i++) {
                String address = "2001:db8:1:2::" + (i + 1);
                threads.submit(() -> run(request(address), (request, response) -> {
                    started.countDown();
                    await(release);
                }));
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(run(request("2001:db8:1:2:ffff::9"), (request, response) -> {})
                            .getStatus())
                    .isEqualTo(429);
            assertThat(run(request("2001:db8:1:3::1"), (request, response) -> {})
                            .getStatus())
                    .isEqualTo(200);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static MockHttpServletRequest request(String remoteAddress) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setRemoteAddr(remoteAddress);
        return request;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
