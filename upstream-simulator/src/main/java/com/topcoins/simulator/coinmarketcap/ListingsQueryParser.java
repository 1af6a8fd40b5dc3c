package com.topcoins.simulator.coinmarketcap;

import com.topcoins.simulator.upstream.UpstreamRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Validates the listing parameters the way CoinMarketCap's (Joi-based) validator does: unknown parameters and
 * bad values are rejected with HTTP 400 and messages such as {@code "limit" must be less than or equal to 5000}.
 * The real API's filters ({@code price_min}, {@code cryptocurrency_type}, {@code tag}...), {@code convert_id} and
 * most of its sort fields are left out, since no client sends them: they get the same 400 as an unknown parameter or value,
 * never a silently unfiltered list.
 */
final class ListingsQueryParser {

    static final Set<String> DEFAULT_AUX = Set.of(
            "num_market_pairs",
            "cmc_rank",
            "date_added",
            "tags",
            "platform",
            "max_supply",
            "circulating_supply",
            "total_supply");
    /** The optional volume and supply fields both endpoints offer beyond their defaults. */
    static final Set<String> VOLUME_AUX = Set.of(
            "market_cap_by_total_supply",
            "volume_24h_reported",
            "volume_7d",
            "volume_7d_reported",
            "volume_30d",
            "volume_30d_reported");

    static final Set<String> ALL_AUX =
            CmcParameters.union(CmcParameters.union(DEFAULT_AUX, VOLUME_AUX), Set.of("is_market_cap_included_in_calc"));
    private static final Set<String> PARAMETERS =
            Set.of("start", "limit", "convert", "sort", "sort_dir", "aux", "CMC_PRO_API_KEY");

    private final UpstreamRequest request;

    private ListingsQueryParser(UpstreamRequest request) {
        this.request = request;
    }

    static ListingsQuery parse(UpstreamRequest request) {
        return new ListingsQueryParser(request).parse();
    }

    private ListingsQuery parse() {
        CmcParameters.rejectUnknown(request, PARAMETERS);
        int start = integer("start", 1, 1, Integer.MAX_VALUE);
        int limit = integer("limit", 100, 1, 5000);
        List<QuoteKey> quotes = CmcParameters.quotes(request);
        ListingsQuery.Sort sort = oneOf("sort", List.of("market_cap", "volume_24h"))
                .map(value -> ListingsQuery.Sort.valueOf(value.toUpperCase(Locale.ROOT)))
                .orElse(ListingsQuery.Sort.MARKET_CAP);
        // Both sort fields are numbers, which read largest first by default.
        boolean descending =
                oneOf("sort_dir", List.of("asc", "desc")).map("desc"::equals).orElse(true);
        return new ListingsQuery(
                start, limit, quotes, CmcParameters.aux(request, DEFAULT_AUX, ALL_AUX), sort, descending);
    }

    private int integer(String name, int fallback, int min, int max) {
        Optional<String> raw = request.param(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        BigDecimal value = number(name, raw.get());
        if (value.stripTrailingZeros().scale() > 0) {
            throw CmcError.badRequest("\"" + name + "\" must be an integer");
        }
        checkBounds(name, value, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        return value.intValueExact();
    }

    private static BigDecimal number(String name, String raw) {
        try {
            return new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            throw CmcError.badRequest("\"" + name + "\" must be a number");
        }
    }

    private static void checkBounds(String name, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value.compareTo(min) < 0) {
            throw CmcError.badRequest("\"" + name + "\" must be larger than or equal to "
                    + min.stripTrailingZeros().toPlainString());
        }
        if (value.compareTo(max) > 0) {
            throw CmcError.badRequest("\"" + name + "\" must be less than or equal to "
                    + max.stripTrailingZeros().toPlainString());
        }
    }

    private Optional<String> oneOf(String name, List<String> allowed) {
        return request.param(name).map(value -> {
            if (!allowed.contains(value)) {
                throw CmcError.badRequest("\"" + name + "\" must be one of [" + String.join(", ", allowed) + "]");
            }
            return value;
        });
    }
}
