package com.topcoins.simulator.fault;

/**
 * Body of {@code POST /admin/faults}.
 *
 * @param api        {@code coinmarketcap} or {@code cryptocompare}
 * @param kind       a {@link FaultKind} name
 * @param count      how many requests it affects; -1 (the default) until cleared
 * @param skip       how many requests of that API pass normally first (default 0)
 * @param delayMs    sleep before answering; defaults apply to LATENCY and TIMEOUT
 * @param ageSeconds how old a REPLAY answer looks (default 2 years); other kinds ignore it
 */
public record FaultRequest(String api, String kind, Integer count, Integer skip, Long delayMs, Long ageSeconds) {}
