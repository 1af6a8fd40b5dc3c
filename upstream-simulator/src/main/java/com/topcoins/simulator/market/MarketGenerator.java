package com.topcoins.simulator.market;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the asset universe from a seed. Same seed and size, same universe: all randomness comes from one
 * {@link SplittableRandom} consumed in a fixed order.
 *
 * <p>Besides the hand-written {@link FamousAssets}, it places the oddities a client must survive at known
 * positions of the volume ranking ("slots"; slot 1 is the most traded asset):
 * <ul>
 * <li>slot 42: ranked by CryptoCompare, unknown to CoinMarketCap;</li>
 * <li>slot 48: circulating supply 0, hence market cap 0 (and a CoinMarketCap rank at the very end);</li>
 * <li>slot 52: listed 12 days ago, so 7d/30d/60d/90d changes are null;</li>
 * <li>slot 100: ranked by CryptoCompare without RAW/DISPLAY;</li>
 * <li>slot 150: duplicate symbol whose CryptoCompare FullName names the smaller of the two CoinMarketCap coins;</li>
 * <li>slot 250: duplicate symbol whose FullName differs from the CoinMarketCap name in letter case only;</li>
 * <li>slot 300: duplicate symbol whose FullName matches neither CoinMarketCap name;</li>
 * <li>slot 62: its own CoinMarketCap listing has the smallest adjusted volume of all (beyond any depth fetched by
 * volume), while another coin of its ticker trades like slot 50;</li>
 * <li>slot 75: another CoinMarketCap coin's ticker differs from its own in letter case only;</li>
 * <li>slot 90: CryptoCompare still uses its old name, which is now another coin's (of the same ticker);</li>
 * <li>slot 110: one of three coins of a ticker, another of which has nearly the same price but a market cap
 * hundreds of times smaller.</li>
 * </ul>
 * Each of them is named by its {@code trap} in {@code /admin/truth}, and each pair or group has prices far
 * apart unless the trap says otherwise.
 * Volumes stay within a factor 1.42 of their slot's base volume, so an asset in slot {@code s} always ranks
 * better than about {@code 1.72 s} (slot 52: top 90; slot 100: top 172).
 * Random ones follow: more duplicate-symbol groups (at least 1.2 % of all assets), ~3 % CryptoCompare-only,
 * ~6 % CoinMarketCap-only, a few without RAW, with zero circulating supply or null changes.
 * The {@link FamousAssets#inactive() inactive} CoinMarketCap coins come on top of {@code count}.
 */
public final class MarketGenerator {

    public static final int MIN_ASSETS = 500;

    /** Dates are relative to a fixed day, not to "now", so that a seed always yields the same market. */
    static final Instant REFERENCE_DAY = Instant.parse("2025-06-01T00:00:00Z");

    static final int CC_ONLY_SLOT = 42;
    static final int ZERO_CIRCULATING_SLOT = 48;
    static final int NEW_LISTING_SLOT = 52;
    static final int NO_RAW_SLOT = 100;
    static final int DUPLICATE_WRONG_RANK_SLOT = 150;
    static final int DUPLICATE_CASE_SLOT = 250;
    static final int DUPLICATE_NO_MATCH_SLOT = 300;
    static final int OUTSIDE_DEPTH_SLOT = 62;
    static final int OUTSIDE_NAMESAKE_SLOT = 50;
    static final int CASE_TICKER_SLOT = 75;
    static final int OLD_NAME_SLOT = 90;
    static final int PRICE_TWINS_SLOT = 110;

    private static final String[] POW_ALGORITHMS = {
        "Scrypt", "Ethash", "X11", "Equihash", "RandomX", "Blake2b", "KawPow", "SHA-256"
    };
    private static final String[] WEISS = {"A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "E+", "E"};
    private static final String[] TAGS = {
        "defi",
        "memes",
        "gaming",
        "ai-big-data",
        "layer-1",
        "layer-2",
        "dao",
        "collectibles-nfts",
        "metaverse",
        "real-world-assets",
        "privacy",
        "oracles",
        "storage",
        "filesharing",
        "dex",
        "yield-farming",
        "payments",
        "governance"
    };

    private final long seed;
    private final int count;
    private final SplittableRandom rng;
    private final NameGenerator names;
    private final List<AssetDraft> drafts = new ArrayList<>();

    /** {@code count} is at least {@link #MIN_ASSETS}, as {@link MarketProperties} checks. */
    private MarketGenerator(long seed, int count) {
        this.seed = seed;
        this.count = count;
        this.rng = new SplittableRandom(seed);
        this.names = new NameGenerator(rng);
    }

    public static AssetUniverse generate(long seed, int count) {
        return new MarketGenerator(seed, count).build();
    }

    /** USD volume around which the asset in a slot trades: a power law, as real volumes are. */
    static double volumeAt(int slot) {
        return 2.5e10 * Math.pow(slot, -1.3);
    }

    private AssetUniverse build() {
        for (AssetDraft famous : FamousAssets.drafts()) {
            famous.handWritten = true;
            names.reserve(famous.name, famous.slug, famous.symbol);
            drafts.add(famous);
        }
        addSpecials();
        addDuplicateGroups();
        while (drafts.size() < count) {
            drafts.add(randomDraft());
        }
        assignSlots();
        assignIds();
        List<Asset> assets = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            assets.add(complete(drafts.get(i), i));
        }
        // Last, and without the random stream: the rest of the market comes out exactly as it would without them.
        for (AssetDraft inactive : FamousAssets.inactive()) {
            assets.add(inactive(inactive, assets.size()));
        }
        return new AssetUniverse(seed, assets);
    }

    /**
     * A CoinMarketCap coin without any tracked market: no pairs, no rank, no volume, no changes, a price frozen at
     * its last value; only quotes/latest shows it.
     */
    private static Asset inactive(AssetDraft d, int index) {
        Traits traits = new Traits(d.price, 0, 0, false, false, false, Traits.ChangeGaps.ALL);
        CmcProfile cmc = new CmcProfile(d.cmcId, 0, d.dateAdded, d.tags, d.platform, null, null, 1, false);
        return new Asset(index, d.name, d.symbol, d.slug, d.supply, cmc, null, traits, null);
    }

    private AssetDraft fresh() {
        String name = names.name();
        return AssetDraft.named(name, names.symbol(name), names.slug(name));
    }

    private void addSpecials() {
        drafts.add(fresh().ccOnly().slot(CC_ONLY_SLOT).trap("cryptocompare-only"));
        AssetDraft zeroCirculating = fresh().slot(ZERO_CIRCULATING_SLOT);
        zeroCirculating.zeroCirculating = true;
        drafts.add(zeroCirculating);
        AssetDraft newListing = fresh().slot(NEW_LISTING_SLOT);
        newListing.changeGaps = Traits.ChangeGaps.LONG_TERM;
        newListing.dateAdded = REFERENCE_DAY.minus(Duration.ofDays(12));
        drafts.add(newListing);
        for (int i = 0; i < 3; i++) {
            AssetDraft noRaw = fresh();
            noRaw.ccHasRaw = false;
            if (i == 0) {
                noRaw.slot(NO_RAW_SLOT).trap("no-raw");
            }
            drafts.add(noRaw);
        }
        AssetDraft noChanges = fresh();
        noChanges.changeGaps = Traits.ChangeGaps.ALL;
        drafts.add(noChanges);
        drafts.add(fresh().ccMaxSupply("0"));
    }

    /** Groups of CoinMarketCap coins sharing one symbol, of which CryptoCompare ranks at most one. */
    private void addDuplicateGroups() {
        // FullName matches the smaller coin: "best cmc_rank" alone would pick the wrong one.
        List<AssetDraft> wrongRank = group(2);
        wrongRank.get(0).slot(DUPLICATE_WRONG_RANK_SLOT).trap("name-of-the-smaller-coin").marketCap = 2e7;
        wrongRank.get(1).cmcOnly().marketCap = 6e8;
        // FullName differs in case only: needs name normalisation, and again the bigger coin is the other one.
        List<AssetDraft> caseOnly = group(2);
        caseOnly.get(0).slot(DUPLICATE_CASE_SLOT).trap("name-differs-in-case").marketCap = 1e7;
        caseOnly.get(0).ccFullName = caseOnly.get(0).name.toUpperCase(java.util.Locale.ROOT);
        caseOnly.get(1).cmcOnly().marketCap = 3e8;
        // FullName matches neither: the fallback (best cmc_rank) picks the right one.
        List<AssetDraft> noMatch = group(2);
        noMatch.get(0).slot(DUPLICATE_NO_MATCH_SLOT).trap("name-matches-neither").marketCap = 5e8;
        noMatch.get(0).ccFullName = noMatch.get(0).name + " Classic";
        noMatch.get(1).cmcOnly().marketCap = 1e7;
        // CoinMarketCap's adjusted volume of its own coin is tiny (most of its trading not counted), so the listing
        // by volume holds it beyond any fetched depth; the heavily traded coin of its ticker is near the top.
        List<AssetDraft> outside = group(2);
        outside.get(0).slot(OUTSIDE_DEPTH_SLOT).trap("own-coin-outside-depth").price(0.004).cmcVolumeFactor = 1e-7;
        outside.get(1).cmcOnly().slot(OUTSIDE_NAMESAKE_SLOT).price(3.0).marketCap = 4e8;
        // Tickers that differ in letter case only are one ticker to a case-insensitive match.
        List<AssetDraft> caseTicker = group(2);
        caseTicker.get(0).slot(CASE_TICKER_SLOT).trap("ticker-differs-in-case").price(0.8);
        caseTicker.get(1).cmcOnly().price(40.0).symbol = mixedCase(caseTicker.get(0).symbol);
        // A rebrand: CryptoCompare's FullName is the old name, which a bigger coin of the ticker now carries.
        List<AssetDraft> oldName = group(2);
        oldName.get(0).slot(OLD_NAME_SLOT).trap("old-name-now-another-coin").price(1.7);
        oldName.get(0).ccFullName = oldName.get(1).name;
        oldName.get(1).cmcOnly().price(0.02).marketCap = 5e8;
        // Two of three coins within a few percent in price: only their market caps tell them apart.
        List<AssetDraft> twins = group(3);
        twins.get(0)
                .slot(PRICE_TWINS_SLOT)
                .trap("price-twins-told-apart-by-market-cap")
                .price(0.5)
                .marketCap = 3e8;
        twins.get(0).ccFullName = twins.get(0).name + " Network";
        twins.get(1).cmcOnly().price(0.52).marketCap = 1e6;
        twins.get(2).cmcOnly().price(9.0);

        int members = 3 + 6 + 9; // the HOT group of FamousAssets plus the groups above
        int wanted = Math.max(12, (int) Math.ceil(count * 0.012));
        while (members < wanted) {
            List<AssetDraft> group = group(rng.nextDouble() < 0.3 ? 3 : 2);
            int ranked = rng.nextDouble() < 0.8 ? rng.nextInt(group.size()) : -1;
            for (int i = 0; i < group.size(); i++) {
                if (i != ranked) {
                    group.get(i).cmcOnly();
                }
            }
            members += group.size();
        }
    }

    /** "Abc" for "ABC"; all lower case when that first form is the symbol itself. */
    private static String mixedCase(String symbol) {
        String lower = symbol.toLowerCase(java.util.Locale.ROOT);
        String mixed = symbol.substring(0, 1) + lower.substring(1);
        return mixed.equals(symbol) ? lower : mixed;
    }

    private List<AssetDraft> group(int size) {
        List<AssetDraft> group = new ArrayList<>();
        AssetDraft first = fresh();
        group.add(first);
        for (int i = 1; i < size; i++) {
            String name = names.name();
            group.add(AssetDraft.named(name, first.symbol, names.slug(name)));
        }
        drafts.addAll(group);
        return group;
    }

    private AssetDraft randomDraft() {
        AssetDraft draft = fresh();
        double listing = rng.nextDouble();
        if (listing < 0.03) {
            draft.ccOnly();
        } else if (listing < 0.09) {
            draft.cmcOnly();
        }
        draft.ccHasRaw = rng.nextDouble() >= 0.001;
        draft.zeroCirculating = rng.nextDouble() < 0.004;
        double gaps = rng.nextDouble();
        draft.changeGaps = gaps < 0.01
                ? Traits.ChangeGaps.LONG_TERM
                : gaps < 0.015 ? Traits.ChangeGaps.ALL : Traits.ChangeGaps.NONE;
        return draft;
    }

    private void assignSlots() {
        boolean[] taken = new boolean[count + 1];
        for (AssetDraft draft : drafts) {
            if (draft.volumeSlot != null) {
                taken[draft.volumeSlot] = true;
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int slot = 1; slot <= count; slot++) {
            if (!taken[slot]) {
                free.add(slot);
            }
        }
        for (int i = free.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Integer swap = free.get(i);
            free.set(i, free.get(j));
            free.set(j, swap);
        }
        int next = 0;
        for (AssetDraft draft : drafts) {
            if (draft.volumeSlot == null) {
                draft.volumeSlot = free.get(next++);
            }
        }
    }

    private void assignIds() {
        Set<Integer> cmcIds = new HashSet<>();
        Set<String> ccIds = new HashSet<>();
        for (AssetDraft draft : drafts) {
            if (draft.cmcId != null) {
                cmcIds.add(draft.cmcId);
            }
            if (draft.ccId != null) {
                ccIds.add(draft.ccId);
            }
        }
        int cmcId = 10_000;
        int ccId = 900_000;
        for (AssetDraft draft : drafts) {
            if (draft.onCmc && draft.cmcId == null) {
                do {
                    cmcId += 1 + rng.nextInt(7);
                } while (cmcIds.contains(cmcId));
                draft.cmcId = cmcId;
            }
            if (draft.onCc && draft.ccId == null) {
                do {
                    ccId += 1 + rng.nextInt(40);
                } while (ccIds.contains(String.valueOf(ccId)));
                draft.ccId = String.valueOf(ccId);
            }
        }
    }

    private Asset complete(AssetDraft d, int index) {
        double baseVolume = volumeAt(d.volumeSlot);
        double volatility = d.dailyVolatility != null ? d.dailyVolatility : 0.02 + rng.nextDouble() * 0.1;
        double price = d.price != null ? d.price : randomPrice();
        boolean token = d.token != null ? d.token : rng.nextDouble() < 0.62;
        Chain chain = token ? randomChain() : null;
        Platform platform = d.platform != null ? d.platform : token ? chain.randomToken(rng, d.symbol) : null;
        Supply supply = d.supply;
        if (supply == null) {
            double marketCap = d.marketCap != null ? d.marketCap : baseVolume / turnover();
            if (marketCap / price < 1000) {
                price = marketCap / 1000; // keep a plausible supply for tiny market caps
            }
            supply = randomSupply(marketCap / price, d.zeroCirculating);
        }
        Traits.ChangeGaps gaps = d.changeGaps != null ? d.changeGaps : Traits.ChangeGaps.NONE;
        boolean exponentPrices = d.exponentPrices != null ? d.exponentPrices : price < 1e-6 && rng.nextDouble() < 0.4;
        boolean integerChanges = d.integerChanges || price > 200 && rng.nextDouble() < 0.2;
        List<String> tags = d.tags != null ? d.tags : randomTags(platform);
        Instant dateAdded = d.dateAdded != null ? d.dateAdded : randomDateAdded(gaps);
        LocalDate launch = d.launchDate != null
                ? d.launchDate
                : LocalDate.ofInstant(dateAdded, ZoneOffset.UTC).minusDays(rng.nextInt(500));
        Traits traits = new Traits(price, baseVolume, volatility, d.stablecoin, integerChanges, exponentPrices, gaps);

        CmcProfile cmc = d.onCmc ? cmcProfile(d, baseVolume, dateAdded, tags, platform, supply) : null;
        CcProfile cc = d.onCc ? ccProfile(d, token, supply, launch) : null;
        return new Asset(index, d.name, d.symbol, d.slug, supply, cmc, cc, traits, d.trap);
    }

    private CmcProfile cmcProfile(
            AssetDraft d, double baseVolume, Instant dateAdded, List<String> tags, Platform platform, Supply supply) {
        int pairs = Math.max(1, (int) (Math.sqrt(baseVolume) / 13 * (0.5 + rng.nextDouble())));
        BigDecimal selfReported = null;
        if (rng.nextDouble() < 0.2) {
            double reported = Math.max(1, supply.circulating().doubleValue()) * (0.5 + rng.nextDouble());
            selfReported = rng.nextBoolean()
                    ? BigDecimal.valueOf(Math.round(reported))
                    : new BigDecimal(reported, new MathContext(14)).stripTrailingZeros();
        }
        Double tvlShare = rng.nextDouble() < (tags.contains("defi") ? 0.6 : 0.03) ? 0.05 + rng.nextDouble() * 3 : null;
        return new CmcProfile(
                d.cmcId,
                pairs,
                dateAdded,
                tags,
                platform,
                selfReported,
                tvlShare,
                d.cmcVolumeFactor != null ? d.cmcVolumeFactor : 0.6 + rng.nextDouble() * 0.55,
                true);
    }

    private CcProfile ccProfile(AssetDraft d, boolean token, Supply supply, LocalDate launch) {
        String algorithm = d.algorithm;
        String proofType = d.proofType;
        BigDecimal hashes = d.netHashesPerSecond;
        long blockNumber = d.blockNumber != null ? d.blockNumber : 0;
        BigDecimal blockTime = d.blockTime;
        BigDecimal blockReward = d.blockReward;
        if (algorithm == null) {
            // Hand-written coins without mining facts (BNB, XRP...) are not mined; tokens never are.
            double kind = token || d.handWritten ? 1 : rng.nextDouble();
            if (kind < 0.25) {
                algorithm = POW_ALGORITHMS[rng.nextInt(POW_ALGORITHMS.length)];
                proofType = "PoW";
                hashes = rng.nextDouble() < 0.03
                        ? new BigDecimal(Math.pow(10, 19 + rng.nextDouble() * 2)).setScale(0, RoundingMode.DOWN)
                        : BigDecimal.valueOf((long) Math.pow(10, 6 + rng.nextDouble() * 10));
                blockNumber = 10_000 + rng.nextInt(30_000_000);
                blockTime = rng.nextDouble() < 0.06
                        ? BigDecimal.valueOf(10 + rng.nextInt(600_000), 3).stripTrailingZeros()
                        : BigDecimal.valueOf(10 + rng.nextInt(590));
                blockReward = rng.nextDouble() < 0.08
                        ? BigDecimal.valueOf(1 + rng.nextInt(500_000), 4).stripTrailingZeros()
                        : BigDecimal.valueOf(1 + rng.nextInt(5000));
            } else if (kind < 0.6) {
                algorithm = "N/A";
                proofType = "PoS";
                hashes = BigDecimal.ZERO;
                blockNumber = 1_000 + rng.nextInt(50_000_000);
                blockTime = BigDecimal.valueOf(1 + rng.nextInt(20));
                blockReward = BigDecimal.ZERO;
            } else {
                algorithm = "N/A";
                proofType = "N/A";
                hashes = BigDecimal.ZERO;
                blockTime = BigDecimal.ZERO;
                blockReward = BigDecimal.ZERO;
            }
        }
        WeissRating rating = d.rating;
        if (rating == null) {
            rating = rng.nextDouble() < 0.05
                    ? new WeissRating(pick(WEISS), pick(WEISS), pick(WEISS))
                    : WeissRating.UNRATED;
        }
        BigDecimal maxSupply = d.ccMaxSupply;
        if (maxSupply == null) {
            maxSupply = supply.max() == null
                    ? BigDecimal.valueOf(-1)
                    : rng.nextDouble() < 0.1
                            ? supply.max().subtract(BigDecimal.valueOf(rng.nextInt(1, 10_000), 4))
                            : supply.max();
        }
        String ticker = d.ccTicker != null ? d.ccTicker : d.symbol.toUpperCase(java.util.Locale.ROOT);
        String fullName = d.ccFullName != null ? d.ccFullName : d.name;
        String imageUrl = "/media/" + (30_000_000 + rng.nextInt(10_000_000)) + "/"
                + ticker.toLowerCase(java.util.Locale.ROOT) + ".png";
        return new CcProfile(
                d.ccId,
                ticker,
                fullName,
                imageUrl,
                algorithm,
                proofType,
                rating,
                hashes,
                blockNumber,
                blockTime,
                blockReward,
                launch,
                maxSupply,
                d.ccHasRaw,
                rng.nextBoolean(),
                0.05 + rng.nextDouble() * 0.9);
    }

    /** Log-normal prices: most between a cent and a few dollars, some far below 1e-6, a few above 10 000. */
    private double randomPrice() {
        double exponent = Math.max(-9.2, Math.min(4.3, -1.5 + 2.0 * gaussian()));
        return new BigDecimal(Math.pow(10, exponent), new MathContext(10)).doubleValue();
    }

    /** Volume / market cap: log-normal around 6 % a day. */
    private double turnover() {
        return Math.max(0.003, Math.min(2.0, 0.06 * Math.exp(0.9 * gaussian())));
    }

    private Supply randomSupply(double circulating, boolean zeroCirculating) {
        boolean integral = rng.nextBoolean();
        double total = rng.nextDouble() < 0.35 ? circulating : circulating * (1 + rng.nextDouble());
        BigDecimal max = null;
        boolean infinite = false;
        if (rng.nextDouble() < 0.4) {
            infinite = rng.nextDouble() < 0.45;
        } else {
            // Caps are round numbers, written as integers (like 21000000).
            max = new BigDecimal(total * (1 + rng.nextDouble() * 1.5)).round(new MathContext(2, RoundingMode.CEILING));
            max = max.setScale(0, RoundingMode.CEILING);
        }
        BigDecimal totalSupply = amount(total, integral);
        BigDecimal circulatingSupply = amount(circulating, integral);
        if (zeroCirculating) {
            circulatingSupply = BigDecimal.ZERO;
            if (rng.nextBoolean()) {
                totalSupply = BigDecimal.ZERO;
            }
        }
        return new Supply(circulatingSupply, totalSupply, max, infinite);
    }

    private static BigDecimal amount(double value, boolean integral) {
        return integral
                ? new BigDecimal(value).setScale(0, RoundingMode.HALF_EVEN)
                : new BigDecimal(value, new MathContext(16)).stripTrailingZeros();
    }

    private Chain randomChain() {
        double r = rng.nextDouble();
        return r < 0.55
                ? Chain.ETHEREUM
                : r < 0.8
                        ? Chain.BNB_SMART_CHAIN
                        : r < 0.92
                                ? Chain.SOLANA
                                : r < 0.96 ? Chain.TRON : r < 0.98 ? Chain.BNB_BEACON_CHAIN : Chain.ARBITRUM;
    }

    private List<String> randomTags(Platform platform) {
        if (rng.nextDouble() < 0.03) {
            return List.of();
        }
        Set<String> tags = new java.util.LinkedHashSet<>();
        int n = 1 + rng.nextInt(4);
        for (int i = 0; i < n; i++) {
            tags.add(pick(TAGS));
        }
        if (platform != null) {
            tags.add(platform.slug() + "-ecosystem");
        }
        return List.copyOf(tags);
    }

    private Instant randomDateAdded(Traits.ChangeGaps gaps) {
        if (gaps == Traits.ChangeGaps.LONG_TERM) {
            return REFERENCE_DAY.minus(Duration.ofDays(1 + rng.nextInt(25)));
        }
        long days = Duration.between(Instant.parse("2014-01-01T00:00:00Z"), REFERENCE_DAY)
                        .toDays()
                - 120;
        return Instant.parse("2014-01-01T00:00:00Z").plus(Duration.ofDays(rng.nextLong(days)));
    }

    private double gaussian() {
        // Box-Muller on the seeded stream (SplittableRandom has no nextGaussian on Java 17).
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private String pick(String[] values) {
        return values[rng.nextInt(values.length)];
    }
}
