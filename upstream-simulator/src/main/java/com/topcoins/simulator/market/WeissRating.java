package com.topcoins.simulator.market;

/** CryptoCompare's Weiss ratings; empty strings when unrated (the usual case). */
public record WeissRating(String rating, String technologyAdoptionRating, String marketPerformanceRating) {

    public static final WeissRating UNRATED = new WeissRating("", "", "");
}
