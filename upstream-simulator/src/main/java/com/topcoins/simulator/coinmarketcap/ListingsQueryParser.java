package com.topcoins.simulator.coinmarketcap;

import com.topcoins.simulator.market.Currency;
import com.topcoins.simulator.upstream.UpstreamRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
    static final Set<String> ALL_AUX = Set.of(
            "num_market_pairs",
            "cmc_rank",
            "date_added",
            "tags",
            "platform",
            "max_supply",
            "circulating_supply",
            "total_supply",
            "market_cap_by_total_supply",
            "volume_24h_reported",
            "volume_7d",
            "volume_7d_reported",
            "volume_30d",
            "volume_30d_reported",
            "is_market_cap_included_in_calc");
    private static final Set<String> PARAMETERS =
            Set.of("start", "limit", "convert", "sort", "sort_dir", "aux", "CMC_PRO_API_KEY");
    private static final Pattern CONVERT = Pattern.compile("^[0-9A-Za-z$@\\-]+(?:,[0-9A-Za-z$@\\-]+)*$");
    private static final int MAX_CONVERSIONS = 120;

    private final UpstreamRequest request;

    private ListingsQueryParser(UpstreamRequest request) {
        this.request = request;
    }

    static ListingsQuery parse(UpstreamRequest request) {
        return new ListingsQueryParser(request).parse();
    }

    private ListingsQuery parse() {
        for (String name : request.params().keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw CmcError.badRequest("\"" + name + "\" is not allowed");
            }
        }
        int start = integer("start", 1, 1, Integer.MAX_VALUE);
        int limit = integer("limit", 100, 1, 5000);
        List<ListingsQuery.QuoteKey> quotes = quotes();
        ListingsQuery.Sort sort = oneOf("sort", List.of("market_cap", "volume_24h"))
                .map(value -> ListingsQuery.Sort.valueOf(value.toUpperCase(Locale.ROOT)))
                .orElse(ListingsQuery.Sort.MARKET_CAP);
        // Both sort fields are numbers, which read largest first by default.
        boolean descending =
                oneOf("sort_dir", List.of("asc", "desc")).map("desc"::equals).orElse(true);
        return new ListingsQuery(start, limit, quotes, aux(), sort, descending);
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

    /** {@code convert} only: {@code convert_id}, its by-id twin, is refused like any parameter no client sends. */
    private List<ListingsQuery.QuoteKey> quotes() {
        String raw = request.param("convert").orElse("USD");
        if (raw.isEmpty()) {
            throw CmcError.badRequest("\"convert\" is not allowed to be empty");
        }
        if (!CONVERT.matcher(raw).matches()) {
            throw CmcError.badRequest("\"convert\" with value \"" + raw + "\" fails to match the required pattern: /"
                    + CONVERT.pattern() + "/");
        }
        Set<String> keys = new LinkedHashSet<>(List.of(raw.split(",")));
        if (keys.size() > MAX_CONVERSIONS) {
            throw CmcError.badRequest("\"convert\" must contain less than or equal to " + MAX_CONVERSIONS + " items");
        }
        List<ListingsQuery.QuoteKey> quotes = new ArrayList<>();
        for (String key : keys) {
            Currency currency = Currency.bySymbol(key)
                    .orElseThrow(() -> CmcError.badRequest("Invalid value for \"convert\": \"" + key + "\""));
            quotes.add(new ListingsQuery.QuoteKey(key, currency));
        }
        return quotes;
    }

    private Set<String> aux() {
        Optional<String> raw = request.param("aux");
        if (raw.isEmpty()) {
            return DEFAULT_AUX;
        }
        Set<String> aux = new LinkedHashSet<>();
        for (String field : raw.get().split(",")) {
            if (field.isEmpty()) {
                continue; // "aux=" asks for no optional field at all
            }
            if (!ALL_AUX.contains(field)) {
                throw CmcError.badRequest("Invalid value for \"aux\": \"" + field + "\"");
            }
            aux.add(field);
        }
        return aux;
    }
}
