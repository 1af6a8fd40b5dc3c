package com.topcoins.simulator.coinmarketcap;

import com.topcoins.simulator.market.Currency;
import com.topcoins.simulator.upstream.UpstreamRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The validation both CoinMarketCap endpoints share, with the messages of CoinMarketCap's (Joi-based) validator:
 * HTTP 400, error_code 400.
 */
final class CmcParameters {

    private static final Pattern CONVERT = Pattern.compile("^[0-9A-Za-z$@\\-]+(?:,[0-9A-Za-z$@\\-]+)*$");
    private static final int MAX_CONVERSIONS = 120;

    private CmcParameters() {}

    static void rejectUnknown(UpstreamRequest request, Set<String> allowed) {
        for (String name : request.params().keySet()) {
            if (!allowed.contains(name)) {
                throw CmcError.badRequest("\"" + name + "\" is not allowed");
            }
        }
    }

    /** The comma-separated values of a list parameter, duplicates dropped, after checking its pattern. */
    static List<String> list(String name, String raw, Pattern pattern) {
        if (raw.isEmpty()) {
            throw CmcError.badRequest("\"" + name + "\" is not allowed to be empty");
        }
        if (!pattern.matcher(raw).matches()) {
            throw CmcError.badRequest("\"" + name + "\" with value \"" + raw
                    + "\" fails to match the required pattern: /" + pattern.pattern() + "/");
        }
        return List.copyOf(new LinkedHashSet<>(List.of(raw.split(","))));
    }

    /** {@code convert} only: {@code convert_id}, its by-id twin, is refused like any parameter no client sends. */
    static List<QuoteKey> quotes(UpstreamRequest request) {
        List<String> keys = list("convert", request.param("convert").orElse("USD"), CONVERT);
        if (keys.size() > MAX_CONVERSIONS) {
            throw CmcError.badRequest("\"convert\" must contain less than or equal to " + MAX_CONVERSIONS + " items");
        }
        List<QuoteKey> quotes = new ArrayList<>();
        for (String key : keys) {
            Currency currency = Currency.bySymbol(key)
                    .orElseThrow(() -> CmcError.badRequest("Invalid value for \"convert\": \"" + key + "\""));
            quotes.add(new QuoteKey(key, currency));
        }
        return quotes;
    }

    /** The optional item fields asked for; {@code aux=} asks for none at all. */
    static Set<String> aux(UpstreamRequest request, Set<String> defaults, Set<String> allowed) {
        Optional<String> raw = request.param("aux");
        if (raw.isEmpty()) {
            return defaults;
        }
        Set<String> aux = new LinkedHashSet<>();
        for (String field : raw.get().split(",")) {
            if (field.isEmpty()) {
                continue;
            }
            if (!allowed.contains(field)) {
                throw CmcError.badRequest("Invalid value for \"aux\": \"" + field + "\"");
            }
            aux.add(field);
        }
        return aux;
    }

    /** Both endpoints' {@code aux} lists are the listing's plus or minus a few fields: one built from another. */
    static Set<String> union(Set<String> some, Set<String> more) {
        Set<String> all = new LinkedHashSet<>(some);
        all.addAll(more);
        return Set.copyOf(all);
    }
}
