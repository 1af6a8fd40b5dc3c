package com.topcoins.simulator.coinmarketcap;

import com.topcoins.simulator.upstream.UpstreamRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates the quotes/latest v2 parameters (upstream-apis.md 2b.2) with the validator messages of the listing
 * (see {@link ListingsQueryParser}). Exactly one of {@code id}, {@code slug}, {@code symbol} is required: the
 * vendor documents "at least one" and not what a mix means, so clients send one. {@code convert_id} is refused as
 * on the listing.
 */
final class QuotesQueryParser {

    /** The listing's defaults plus {@code is_active} and {@code is_fiat} (upstream-apis.md 2b.2). */
    static final Set<String> DEFAULT_AUX =
            CmcParameters.union(ListingsQueryParser.DEFAULT_AUX, Set.of("is_active", "is_fiat"));
    /** The defaults plus the volume extras; unlike the listing, no {@code is_market_cap_included_in_calc}. */
    static final Set<String> ALL_AUX = CmcParameters.union(DEFAULT_AUX, ListingsQueryParser.VOLUME_AUX);

    private static final Set<String> PARAMETERS =
            Set.of("id", "slug", "symbol", "convert", "aux", "skip_invalid", "CMC_PRO_API_KEY");
    private static final Map<QuotesQuery.Lookup, Pattern> PATTERNS = Map.of(
            QuotesQuery.Lookup.ID, Pattern.compile("^\\d+(?:,\\d+)*$"),
            QuotesQuery.Lookup.SLUG, Pattern.compile("^[0-9a-z-]+(?:,[0-9a-z-]+)*$"),
            QuotesQuery.Lookup.SYMBOL, Pattern.compile("^[0-9A-Za-z$@\\-]+(?:,[0-9A-Za-z$@\\-]+)*$"));

    private QuotesQueryParser() {}

    static QuotesQuery parse(UpstreamRequest request, boolean skipInvalidDefault) {
        CmcParameters.rejectUnknown(request, PARAMETERS);
        List<QuotesQuery.Lookup> sent = Arrays.stream(QuotesQuery.Lookup.values())
                .filter(lookup -> request.param(lookup.parameter()).isPresent())
                .toList();
        if (sent.isEmpty()) {
            throw CmcError.badRequest("\"value\" must contain at least one of [id, slug, symbol]");
        }
        if (sent.size() > 1) {
            throw CmcError.badRequest("\"value\" contains a conflict between exclusive peers [id, slug, symbol]");
        }
        QuotesQuery.Lookup by = sent.get(0);
        String raw = request.param(by.parameter()).orElseThrow();
        if (by == QuotesQuery.Lookup.SLUG) {
            raw = raw.toLowerCase(Locale.ROOT); // the spec lower-cases slugs before matching them
        }
        return new QuotesQuery(
                by,
                CmcParameters.list(by.parameter(), raw, PATTERNS.get(by)),
                CmcParameters.quotes(request),
                CmcParameters.aux(request, DEFAULT_AUX, ALL_AUX),
                skipInvalid(request, skipInvalidDefault));
    }

    private static boolean skipInvalid(UpstreamRequest request, boolean fallback) {
        return request.param("skip_invalid")
                .map(value -> switch (value) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw CmcError.badRequest("\"skip_invalid\" must be a boolean");
                })
                .orElse(fallback);
    }
}
