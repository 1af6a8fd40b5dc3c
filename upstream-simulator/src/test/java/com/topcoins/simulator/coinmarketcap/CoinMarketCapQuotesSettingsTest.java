package com.topcoins.simulator.coinmarketcap;

import static com.topcoins.simulator.coinmarketcap.CoinMarketCapQuotesTest.assertBadRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.simulator.SimulatorServer;
import com.topcoins.simulator.SimulatorTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The non-default settings of quotes/latest and the credit caps, over HTTP against simulators of their own (small
 * markets, so they start quickly), since the shared one runs with the defaults.
 */
class CoinMarketCapQuotesSettingsTest extends SimulatorTest {

    /** Every quotes setting switched, one credit per 2 coins, and a monthly cap of 5 credits. */
    private static ConfigurableApplicationContext switched;
    /** A daily cap of 3 credits. */
    private static ConfigurableApplicationContext daily;

    @BeforeAll
    static void startSimulators() {
        switched = SimulatorServer.startAnother(
                "--simulator.assets=500",
                "--simulator.coinmarketcap.quotes.slug-keys=slug",
                "--simulator.coinmarketcap.quotes.skip-invalid-default=true",
                "--simulator.coinmarketcap.quotes.unknown-symbols=empty-array",
                "--simulator.coinmarketcap.quotes.all-unknown=bad-request",
                "--simulator.coinmarketcap.quotes.credit-batch=2",
                "--simulator.coinmarketcap.credit-limit-monthly=5");
        daily = SimulatorServer.startAnother(
                "--simulator.assets=500", "--simulator.coinmarketcap.credit-limit-daily=3");
    }

    @AfterAll
    static void stopSimulators() {
        switched.close();
        daily.close();
    }

    @BeforeEach
    void resetCredits() {
        assertThat(send("DELETE", SimulatorServer.uri(switched, "/admin/stats"), null)
                        .status())
                .isEqualTo(204);
        assertThat(send("DELETE", SimulatorServer.uri(daily, "/admin/stats"), null)
                        .status())
                .isEqualTo(204);
    }

    @Test
    void skipInvalidCanDefaultToTrueAndUnknownSymbolsCanGetEmptyArrays() {
        JsonNode data = json(switched, "?symbol=NOSUCHCOIN,ETH").get("data");
        assertThat(fieldNames(data)).containsExactly("NOSUCHCOIN", "ETH");
        assertThat(data.get("NOSUCHCOIN").isArray()).isTrue();
        assertThat(data.get("NOSUCHCOIN").isEmpty()).isTrue();
        assertThat(data.get("ETH").size()).isEqualTo(2);
        // Only symbols get an empty array: an unknown id is left out.
        assertThat(fieldNames(json(switched, "?id=1,999999999").get("data"))).containsExactly("1");
        // Sent explicitly, skip_invalid=false still refuses.
        assertBadRequest(
                quotes(switched, "?symbol=NOSUCHCOIN,ETH&skip_invalid=false"),
                "Invalid value for \"symbol\": \"NOSUCHCOIN\"");
    }

    @Test
    void allUnknownCanBeABadRequestEvenWithSkipInvalid() {
        assertBadRequest(
                quotes(switched, "?symbol=NOSUCH1,NOSUCH2&skip_invalid=true"),
                "Invalid values for \"symbol\": \"NOSUCH1,NOSUCH2\"");
        assertBadRequest(quotes(switched, "?id=999999999"), "Invalid value for \"id\": \"999999999\"");
    }

    @Test
    void slugLookupsCanBeKeyedBySlug() {
        JsonNode data = json(switched, "?slug=bitcoin,ethercoin").get("data");
        assertThat(fieldNames(data)).containsExactly("bitcoin", "ethercoin");
        assertThat(data.get("ethercoin").get("id").asInt()).isEqualTo(646);
    }

    @Test
    void theCreditBatchIsConfigurable() {
        assertThat(json(switched, "?id=1,2,52")
                        .get("status")
                        .get("credit_count")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void theMonthlyCapRefusesWhatWouldExceedItWith1010AndCostsNothing() {
        assertThat(json(switched, "?id=1,2,52")
                        .get("status")
                        .get("credit_count")
                        .asInt())
                .isEqualTo(2);
        assertThat(listing(switched, "?limit=1").status()).isEqualTo(200); // listings count too: 3
        assertThat(json(switched, "?id=1&convert=USD,EUR")
                        .get("status")
                        .get("credit_count")
                        .asInt())
                .isEqualTo(2); // 5: at the cap
        assertRateLimited(quotes(switched, "?id=1"), 1010, "You've exceeded your API Key's monthly rate limit.");
        assertRateLimited(listing(switched, "?limit=1"), 1010, "You've exceeded your API Key's monthly rate limit.");
        assertThat(credits(switched)).isEqualTo(5);

        assertThat(send("DELETE", SimulatorServer.uri(switched, "/admin/stats"), null)
                        .status())
                .isEqualTo(204);
        assertThat(quotes(switched, "?id=1").status()).isEqualTo(200);
        assertThat(credits(switched)).isEqualTo(1);
    }

    @Test
    void theDailyCapRefusesWhatWouldExceedItWith1009AndCostsNothing() {
        assertThat(json(daily, "?id=1&convert=USD,EUR")
                        .get("status")
                        .get("credit_count")
                        .asInt())
                .isEqualTo(2);
        // Two more credits would make 4: refused, while one more still fits.
        assertRateLimited(listing(daily, "?limit=101"), 1009, "You've exceeded your API Key's daily rate limit.");
        assertThat(listing(daily, "?limit=100").status()).isEqualTo(200);
        assertRateLimited(quotes(daily, "?id=1"), 1009, "You've exceeded your API Key's daily rate limit.");
        JsonNode stats =
                send("GET", SimulatorServer.uri(daily, "/admin/stats"), null).json();
        assertThat(stats.get("coinmarketcap").get("requests").asLong()).isEqualTo(4);
        assertThat(stats.get("coinmarketcap").get("credits").asLong()).isEqualTo(3);
    }

    private static void assertRateLimited(Reply reply, int errorCode, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(429);
        JsonNode body = reply.json();
        assertThat(fieldNames(body)).containsExactly("status");
        assertThat(body.get("status").get("error_code").asInt()).isEqualTo(errorCode);
        assertThat(body.get("status").get("error_message").asString()).isEqualTo(message);
        assertThat(body.get("status").get("credit_count").asInt()).isZero();
    }

    private static long credits(ConfigurableApplicationContext simulator) {
        return send("GET", SimulatorServer.uri(simulator, "/admin/stats"), null)
                .json()
                .get("coinmarketcap")
                .get("credits")
                .asLong();
    }

    private static Reply quotes(ConfigurableApplicationContext simulator, String query) {
        return get(SimulatorServer.uri(simulator, QUOTES + query), "X-CMC_PRO_API_KEY", CMC_KEY);
    }

    private static Reply listing(ConfigurableApplicationContext simulator, String query) {
        return get(SimulatorServer.uri(simulator, LISTINGS + query), "X-CMC_PRO_API_KEY", CMC_KEY);
    }

    private static JsonNode json(ConfigurableApplicationContext simulator, String query) {
        Reply reply = quotes(simulator, query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
