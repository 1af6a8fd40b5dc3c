package com.topcoins.simulator.market;

import java.util.Locale;
import java.util.SplittableRandom;

/** Chains tokens are issued on, with the address format each uses. */
enum Chain {
    ETHEREUM(1027, "Ethereum", "ETH", "ethereum", AddressFormat.HEX),
    BNB_SMART_CHAIN(1839, "BNB Smart Chain (BEP20)", "BNB", "bnb", AddressFormat.HEX),
    SOLANA(5426, "Solana", "SOL", "solana", AddressFormat.BASE58),
    TRON(1958, "Tron20", "TRX", "tron", AddressFormat.TRON),
    /** BEP2 token addresses look like {@code BUSD-BD1}: the reason clients must treat addresses as opaque text. */
    BNB_BEACON_CHAIN(1839, "BNB Beacon Chain (BEP2)", "BNB", "bnb", AddressFormat.BEP2),
    ARBITRUM(11841, "Arbitrum", "ARB", "arbitrum", AddressFormat.HEX);

    private static final String HEX = "0123456789abcdef";
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String UPPER_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final int id;
    private final String name;
    private final String symbol;
    private final String slug;
    private final AddressFormat format;

    Chain(int id, String name, String symbol, String slug, AddressFormat format) {
        this.id = id;
        this.name = name;
        this.symbol = symbol;
        this.slug = slug;
        this.format = format;
    }

    Platform at(String tokenAddress) {
        return new Platform(id, name, symbol, slug, tokenAddress);
    }

    Platform randomToken(SplittableRandom rng, String tokenSymbol) {
        String address = switch (format) {
            case HEX -> "0x" + random(rng, HEX, 40);
            case BASE58 -> random(rng, BASE58, 44);
            case TRON -> "T" + random(rng, BASE58, 33);
            case BEP2 -> tokenSymbol.toUpperCase(Locale.ROOT) + "-" + random(rng, UPPER_ALNUM, 3);
        };
        return at(address);
    }

    private static String random(SplittableRandom rng, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(rng.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private enum AddressFormat {
        HEX,
        BASE58,
        TRON,
        BEP2
    }
}
