package com.topcoins.frontapi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.SnapshotFixtures;
import com.topcoins.frontapi.SnapshotFixtures.Priced;
import com.topcoins.frontapi.SnapshotFixtures.Ranked;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The HTML page in a real browser: Debian's Chromium at {@value #CHROMIUM}, driven by Playwright for
 * Java (which never downloads a browser here). Skipped without Chromium, except on CI ({@code CI=true}),
 * where that fails. Saves screenshots into {@code topcoins.screenshots} (default
 * {@code target/screenshots}; {@code docs/screenshots.sh} writes those of the README).
 */
@FrontApiTest
class PageInBrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";

    /** Prices published before the current ones, so each priced row has a 24 h history to draw. */
    static final int HISTORY = 8;

    /** Beyond SnapshotFixtures' ten merge cases: rows enough for paging, with plausible amounts. */
    private static final List<String[]> MORE_COINS = List.of(
            new String[] {"SOL", "Solana", "182.35", "86400000000"},
            new String[] {"XRP", "XRP", "2.3412", "134000000000"},
            new String[] {"BNB", "BNB", "612.8", "89300000000"},
            new String[] {"DOGE", "Dogecoin", "0.38215", "56100000000"},
            new String[] {"ADA", "Cardano", "0.9521", "33400000000"},
            new String[] {"TRX", "TRON", "0.20417", "17600000000"},
            new String[] {"AVAX", "Avalanche", "38.61", "15800000000"},
            new String[] {"LINK", "Chainlink", "17.204", "10800000000"},
            new String[] {"DOT", "Polkadot", "7.418", "11200000000"},
            new String[] {"TON", "Toncoin", "5.412", "13700000000"},
            new String[] {"LTC", "Litecoin", "88.17", "6620000000"},
            new String[] {"BCH", "Bitcoin Cash", "461.2", "9120000000"},
            new String[] {"UNI", "Uniswap", "11.052", "6640000000"},
            new String[] {"XLM", "Stellar", "0.40113", "12100000000"},
            new String[] {"NEAR", "NEAR Protocol", "5.8124", "7010000000"},
            new String[] {"APT", "Aptos", "11.37", "5980000000"},
            new String[] {"ATOM", "Cosmos Hub", "7.912", "3090000000"},
            new String[] {"ETC", "Ethereum Classic", "27.44", "4130000000"},
            new String[] {"FIL", "Filecoin", "5.6021", "3380000000"},
            new String[] {"ARB", "Arbitrum", "0.80412", "3520000000"},
            new String[] {"OP", "Optimism", "1.9125", "2580000000"},
            new String[] {"INJ", "Injective", "24.118", "2350000000"},
            new String[] {"SUI", "Sui", "3.6104", "10500000000"},
            new String[] {"PEPE", "Pepe", "0.0000198312", "8340000000"},
            new String[] {"AAVE", "Aave", "318.4", "4780000000"},
            new String[] {"HBAR", "Hedera", "0.28715", "10900000000"},
            new String[] {"RNDR", "Render", "7.0831", "3660000000"},
            new String[] {"ALGO", "Algorand", "0.40925", "3390000000"},
            new String[] {"VET", "VeChain", "0.046123", "3730000000"},
            new String[] {"GRT", "The Graph", "0.26514", "2530000000"});

    /** Market caps of SnapshotFixtures' priced assets, by CoinMarketCap id. */
    private static final Map<Long, String> FIXTURE_MARKET_CAPS = Map.of(
            1L, "1608000000000",
            1027L, "375200000000",
            825L, "138500000000",
            5994L, "15900000000",
            2682L, "440000000",
            5265L, "290000000",
            7002L, "98000000",
            9001L, "4100000000",
            9002L, "12000000");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    @Autowired
    private SnapshotFixtures fixtures;

    private final Map<Long, BigDecimal> marketCaps = new HashMap<>();
    private List<Ranked> ranking;
    private List<Priced> prices;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            if ("true".equals(System.getenv("CI"))) {
                fail(CHROMIUM + " is missing and CI=true: the browser test must not be skipped (.ci/run installs it)");
            }
            assumeTrue(false, CHROMIUM + " is missing: the browser test is skipped (apt-get install chromium)");
        }
        // The browser is Debian's: Playwright must never try to download one (there is no internet here).
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(CHROMIUM))
                        .setArgs(List.of(
                                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void publishAndOpen() {
        ranking = new ArrayList<>(SnapshotFixtures.RANKING);
        prices = new ArrayList<>(SnapshotFixtures.PRICES);
        FIXTURE_MARKET_CAPS.forEach((id, cap) -> marketCaps.put(id, new BigDecimal(cap)));
        for (int i = 0; i < MORE_COINS.size(); i++) {
            String[] coin = MORE_COINS.get(i);
            ranking.add(SnapshotFixtures.ranked(coin[0], coin[1], coin[2]));
            prices.add(SnapshotFixtures.priced(20_000 + i, coin[0], coin[1], 10 + i, coin[2]));
            marketCaps.put(20_000L + i, new BigDecimal(coin[3]));
        }
        fixtures.clear();
        // 24 h volumes from $42.0 B down, as a ranking by volume has them.
        Snapshot rankingSnapshot = fixtures.publishRankingWithVolumes(
                ranking, rank -> new BigDecimal("42000000000").multiply(BigDecimal.valueOf(Math.pow(0.82, rank - 1))));
        for (int k = 0; k < HISTORY; k++) {
            int step = k;
            fixtures.publishPrices(
                    prices.stream()
                            .map(asset -> withPrice(asset, moved(asset, step)))
                            .toList(),
                    this::marketCap);
        }
        Snapshot current = fixtures.publishPrices(prices, this::marketCap);
        new ApiClient(port).awaitServing("/?limit=1", rankingSnapshot, current);

        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void thePageShowsFormattedPricesMarketCapsVolumesAndSparklines() {
        Response response = page.navigate(url("/"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("table caption")).containsText("Top crypto assets by 24 h volume");
        assertThat(page.locator("tbody tr")).hasCount(ranking.size());
        assertThat(page.locator("#rank-1 th[scope=row]")).containsText("BTC");
        assertThat(page.locator("#rank-1 td.price")).hasText("$81,240.17");
        assertThat(page.locator("#rank-1 td.price")).hasAttribute("data-value", "81240.17");
        assertThat(page.locator("#rank-1 td.cap")).hasText("$1.61 T");
        assertThat(page.locator("#rank-1 td.cap")).hasAttribute("title", "$1,608,000,000,000");
        assertThat(page.locator("#rank-1 td.volume")).hasText("$42.0 B");
        assertThat(page.locator("#rank-10 td.price")).hasText("$0.00000001234");
        assertThat(page.locator("#rank-8 td.price")).hasText("$0.0002698");
        // NOPE has no listing: no price, the reason said in words, and no line.
        assertThat(page.locator("#rank-6 td.price")).containsText("no price");
        assertThat(page.locator("#rank-6 td.price")).containsText("no listing");
        assertThat(page.locator("#rank-6 svg")).hasCount(0);
        // A line for every priced row (each has a history), named for assistive technology.
        long priced = page.locator("td.price:not(.none)").count();
        assertThat(priced).isGreaterThan(30);
        assertThat(page.locator("td.spark svg[role=img] polyline")).hasCount((int) priced);
        assertThat(page.locator("#rank-1 svg"))
                .hasAttribute(
                        "aria-label", Pattern.compile("^BTC price, last 24 h: from \\$[\\d,.]+ to \\$81,240\\.17$"));
        assertThat(page.locator("#rank-1 polyline").getAttribute("points").split(" "))
                .hasSize(HISTORY + 1);
        // The script shows the ages, where the page (cached) holds absolute times only.
        assertThat(page.locator("#fresh .ago").first()).hasText(Pattern.compile("\\(\\d+ s ago\\)"));
        assertThat(page.locator("#fresh time").first()).hasAttribute("datetime", Pattern.compile("^\\d{4}-.*Z$"));

        screenshot("top-desktop.png", true);
    }

    @Test
    void pagingTheLimitSelectorAndTheFormatLinksKeepTheQuery() {
        page.navigate(url("/?limit=20"));
        assertThat(page.locator("tbody tr")).hasCount(20);
        assertThat(page.locator("#previous")).hasCount(0);
        assertThat(page.locator("#json")).hasAttribute("href", "/api/v1/top?start=1&limit=20&format=json");
        assertThat(page.locator("#csv")).hasAttribute("href", "/api/v1/top?start=1&limit=20&format=csv");
        screenshot("top-limit-20.png", true);

        page.locator("#next").click();
        page.waitForURL(Pattern.compile(".*\\?start=21&limit=20$"));
        assertThat(page.locator("tbody tr")).hasCount(20);
        assertThat(page.locator("tbody tr").first()).hasAttribute("id", "rank-21");
        assertThat(page.locator("#next")).hasCount(0);
        assertThat(page.locator("#csv")).hasAttribute("href", "/api/v1/top?start=21&limit=20&format=csv");
        assertThat(page.locator("footer a[href*='/stream']"))
                .hasAttribute("href", "/api/v1/top/stream?start=21&limit=20");

        // Another limit keeps the start: ranks 21 to 30.
        page.locator("select#limit").selectOption("10");
        page.waitForURL(Pattern.compile(".*[?&]limit=10.*"));
        assertThat(page.url()).contains("start=21");
        assertThat(page.locator("tbody tr")).hasCount(10);
        assertThat(page.locator("tbody tr").last()).hasAttribute("id", "rank-30");
        assertThat(page.locator("select#limit")).hasValue("10");

        page.locator("#previous").click();
        page.waitForURL(Pattern.compile(".*\\?start=11&limit=10$"));
        assertThat(page.locator("tbody tr").first()).hasAttribute("id", "rank-11");

        // The JSON link answers the same window.
        String json = page.request()
                .get(url(page.locator("#json").getAttribute("href")))
                .text();
        assertThat(json).contains("\"count\":10", "\"rank\":11");
    }

    @Test
    void onAPhoneTheTableFitsAndLessImportantColumnsStepAside() {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        try {
            Page small = phone.newPage();
            small.navigate(url("/?limit=20"));
            assertThat(small.locator("#rank-1 td.cap")).isHidden();
            assertThat(small.locator("#rank-1 .name")).isHidden();
            assertThat(small.locator("#rank-1 td.price")).isVisible();
            assertThat(small.locator("#rank-1 td.volume")).isVisible();
            // The page never scrolls sideways; the table would, within its own box.
            Object overflow = small.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            small.screenshot(new Page.ScreenshotOptions()
                    .setPath(screenshots().resolve("top-phone.png"))
                    .setFullPage(false));
        } finally {
            phone.close();
        }
    }

    @Test
    void anErrorIsAReadablePageForTheBrowser() {
        Response response = page.navigate(url("/?limit=0"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headerValue("content-type")).startsWith("text/html");
        assertThat(page.locator("h1")).hasText("Invalid parameter");
        assertThat(page.locator(".status")).hasText("Error 400 · Bad Request");
        assertThat(page.locator(".detail")).hasText("'limit' must be from 1 to 500, not 0");
        assertThat(page.locator("main a[href='/']")).isVisible();
        screenshot("error-400.png", false);

        page.locator("main a[href='/']").click();
        page.waitForURL(url("/"));
        assertThat(page.locator("#rank-1 td.price")).hasText("$81,240.17");
    }

    @Test
    void swaggerUi() {
        // A browser loads several of its resources at once: the front door's per-client limit must take that.
        List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.status() == 429) {
                refused.add(response.url());
            }
        });
        page.navigate(url("/docs"));
        page.waitForURL(Pattern.compile(".*/swagger-ui/index.html.*"));
        // Swagger UI renders after loading its scripts and the document: more than the default 5 s on a busy machine.
        LocatorAssertions.IsVisibleOptions rendered = new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);
        assertThat(page.locator(".swagger-ui .info .title")).isVisible(rendered);
        assertThat(page.locator(".opblock-summary-path").first()).isVisible(rendered);
        org.assertj.core.api.Assertions.assertThat(refused)
                .as("resources refused with 429")
                .isEmpty();
        screenshot("swagger-ui.png", false);
    }

    @Test
    void aNewSnapshotAppearsWithoutAReload() {
        page.navigate(url("/"));
        assertThat(page.locator("#rank-1 td.price")).hasText("$81,240.17");
        AtomicInteger navigations = new AtomicInteger();
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                navigations.incrementAndGet();
            }
        });
        // Subscribed: the stream's first event (the current answer) has arrived.
        assertThat(page.locator("#live.on")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));

        List<Priced> moved = prices.stream()
                .map(asset -> asset.symbol().equals("BTC") ? withPrice(asset, new BigDecimal("82999.99")) : asset)
                .toList();
        fixtures.publishPrices(moved, this::marketCap);

        assertThat(page.locator("#rank-1 td.price"))
                .hasText("$82,999.99", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(page.locator("#rank-1 svg")).hasAttribute("aria-label", Pattern.compile(".* to \\$82,999\\.99$"));
        assertThat(navigations.get()).isZero();
    }

    /** The asset's price moved a little, differently for each asset and step (within the evidence's factor). */
    private static BigDecimal moved(Priced asset, int step) {
        double factor = 1 + 0.03 * Math.sin(step * (0.4 + asset.cmcId() % 7 * 0.15) + asset.cmcId());
        return new BigDecimal(asset.price()).multiply(BigDecimal.valueOf(factor), MathContext.DECIMAL64);
    }

    private static Priced withPrice(Priced asset, BigDecimal price) {
        return SnapshotFixtures.priced(
                asset.cmcId(),
                asset.symbol(),
                asset.name(),
                asset.cmcRank(),
                price.round(new MathContext(9)).toPlainString());
    }

    private BigDecimal marketCap(Priced asset) {
        return marketCaps.getOrDefault(asset.cmcId(), new BigDecimal("1000000"));
    }

    private String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port + pathAndQuery;
    }

    private void screenshot(String name, boolean fullPage) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(screenshots().resolve(name))
                .setFullPage(fullPage));
    }

    private static Path screenshots() {
        Path directory = Path.of(System.getProperty("topcoins.screenshots", "target/screenshots"));
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
