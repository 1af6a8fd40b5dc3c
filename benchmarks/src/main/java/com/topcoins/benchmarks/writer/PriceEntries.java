package com.topcoins.benchmarks.writer;

import com.topcoins.common.market.PriceEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Price snapshot rows with the stored shape and realistic magnitudes (seeded: every run writes the same). */
final class PriceEntries {

    private PriceEntries() {}

    static List<PriceEntry> generate(int count, String snapshotId) {
        SplittableRandom random = new SplittableRandom(42);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        List<PriceEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // Prices span 1e-6 .. 1e5 USD like real listings; 8 decimals as CoinMarketCap sends.
            BigDecimal price =
                    BigDecimal.valueOf(Math.pow(10, random.nextDouble(-6, 5))).setScale(8, RoundingMode.HALF_UP);
            BigDecimal supply = BigDecimal.valueOf(random.nextLong(1_000_000L, 100_000_000_000L));
            BigDecimal marketCap = price.multiply(supply).setScale(2, RoundingMode.HALF_UP);
            BigDecimal volume = marketCap
                    .multiply(BigDecimal.valueOf(random.nextDouble(0.001, 0.3)))
                    .setScale(2, RoundingMode.HALF_UP);
            entries.add(new PriceEntry(
                    snapshotId,
                    i + 1L,
                    "C" + Integer.toString(i, 36).toUpperCase(),
                    "Coin number " + i,
                    i + 1,
                    price,
                    marketCap,
                    volume,
                    now.minusSeconds(random.nextInt(600))));
        }
        return entries;
    }
}
