package com.topcoins.simulator.coinmarketcap;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Name and category of a tag slug, for the tag objects of quotes/latest v2. Categories use the vocabulary of the
 * 2022-06-16 recording ({@code ALGORITHM}, {@code PLATFORM}, {@code CATEGORY}, {@code OTHERS}); clients must treat
 * them as free text anyway (upstream-apis.md 2b.3.1).
 */
final class CmcTags {

    private static final Set<String> ALGORITHMS = Set.of("pow", "pos", "dpos", "sha-256", "scrypt");
    private static final Set<String> OTHERS = Set.of("mineable");
    /** Words not written as capitalised ordinary words. */
    private static final Map<String, String> WORDS = Map.of(
            "pow", "PoW",
            "pos", "PoS",
            "dpos", "DPoS",
            "defi", "DeFi",
            "dex", "DEX",
            "dao", "DAO",
            "ai", "AI",
            "bnb", "BNB",
            "usd", "USD",
            "nfts", "NFTs");

    private CmcTags() {}

    /** {@code "usd-stablecoin"} is {@code "USD Stablecoin"}. */
    static String name(String slug) {
        if (slug.equals("sha-256")) {
            return "SHA-256";
        }
        return Arrays.stream(slug.split("-"))
                .map(word -> WORDS.getOrDefault(word, Character.toUpperCase(word.charAt(0)) + word.substring(1)))
                .collect(Collectors.joining(" "));
    }

    static String category(String slug) {
        if (ALGORITHMS.contains(slug)) {
            return "ALGORITHM";
        }
        if (OTHERS.contains(slug)) {
            return "OTHERS";
        }
        return slug.endsWith("-ecosystem") || slug.equals("bnb-chain") ? "PLATFORM" : "CATEGORY";
    }
}
