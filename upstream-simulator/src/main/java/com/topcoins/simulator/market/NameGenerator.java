package com.topcoins.simulator.market;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** Invents project names, slugs and tickers, keeping each unique unless a duplicate is asked for. */
final class NameGenerator {

    private static final String[] SYLLABLES = {
        "ka", "zen", "lo", "mi", "ra", "tor", "vex", "qua", "nix", "sol", "lu", "mer", "do", "fi", "ne", "ta",
        "chi", "bro", "xo", "pa", "ri", "gon", "sy", "ve", "lar", "mo", "ton", "ze", "ar", "en", "ix", "or",
        "um", "al", "bit", "cor", "dex", "ly", "nu", "pho", "quo", "sta", "tri", "vo", "wa", "yu", "zo", "kin"
    };
    private static final String[] SUFFIXES = {
        "",
        "",
        "",
        "",
        "",
        " Protocol",
        " Finance",
        " Network",
        " Coin",
        " Token",
        " AI",
        " Chain",
        " Swap",
        " DAO",
        " Labs",
        " Inu",
        " Bridge",
        " Games",
        " Cash"
    };
    private static final String CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ";

    private final SplittableRandom rng;
    private final Set<String> names = new HashSet<>();
    private final Set<String> slugs = new HashSet<>();
    private final Set<String> symbols = new HashSet<>();

    NameGenerator(SplittableRandom rng) {
        this.rng = rng;
    }

    /** Marks a hand-written asset's identifiers as taken. */
    void reserve(String name, String slug, String symbol) {
        names.add(name.toLowerCase(Locale.ROOT));
        slugs.add(slug);
        symbols.add(symbol.toUpperCase(Locale.ROOT));
    }

    String name() {
        while (true) {
            StringBuilder base = new StringBuilder();
            int syllables = 2 + rng.nextInt(2);
            for (int i = 0; i < syllables; i++) {
                base.append(SYLLABLES[rng.nextInt(SYLLABLES.length)]);
            }
            base.setCharAt(0, Character.toUpperCase(base.charAt(0)));
            String name = base + SUFFIXES[rng.nextInt(SUFFIXES.length)];
            if (names.add(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }

    String slug(String name) {
        String base =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String slug = base;
        for (int n = 2; !slugs.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** A ticker derived from the name, unique so far. */
    String symbol(String name) {
        String letters = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        for (int length = 3; length <= Math.min(5, letters.length()); length++) {
            if (symbols.add(letters.substring(0, length))) {
                return letters.substring(0, length);
            }
        }
        while (true) {
            StringBuilder symbol = new StringBuilder().append(letters.charAt(0));
            int length = 2 + rng.nextInt(3);
            for (int i = 0; i < length; i++) {
                symbol.append(CONSONANTS.charAt(rng.nextInt(CONSONANTS.length())));
            }
            if (symbols.add(symbol.toString())) {
                return symbol.toString();
            }
        }
    }
}
