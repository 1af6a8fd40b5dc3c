package com.topcoins.simulator.market;

import java.util.List;

/**
 * Hand-written assets modelled on real ones (ids, names and magnitudes as the providers show them), so the
 * top of the market looks familiar and carries the documented oddities at known places.
 */
final class FamousAssets {

    private FamousAssets() {}

    static List<AssetDraft> drafts() {
        return List.of(
                // Integer literal supplies, MaxSupply as a float on CryptoCompare, hash rate above 2^63,
                // integer-literal CHANGE24HOUR / MEDIAN.
                AssetDraft.named("Bitcoin", "BTC", "bitcoin")
                        .ids(1, "1182")
                        .slot(1)
                        .price(96234.5618820231)
                        .supply("19836412", "19836412", "21000000", false)
                        .coin()
                        .tags("mineable", "pow", "sha-256", "store-of-value")
                        .added("2010-07-13")
                        .launched("2009-01-03")
                        .mined("SHA-256", "PoW", "812004551900000000000", 887412, "602.118", "3.125")
                        .rated("B+", "A-", "D")
                        .ccMaxSupply("20999999.9769")
                        .volatility(0.025)
                        .integerChanges(),
                AssetDraft.named("Ethereum", "ETH", "ethereum")
                        .ids(1027, "7605")
                        .slot(3)
                        .price(3120.44)
                        .supply("120520000.8215", "120520000.8215", null, true)
                        .coin()
                        .tags("pos", "smart-contracts", "ethereum-ecosystem")
                        .added("2015-08-07")
                        .launched("2015-07-30")
                        .mined("Ethash", "PoS", "0", 21912345, "12.06", "0")
                        .rated("B", "A", "D")
                        .volatility(0.032),
                // CoinMarketCap renamed it; CryptoCompare did not.
                AssetDraft.named("Tether USDt", "USDT", "tether")
                        .ids(825, "171986")
                        .slot(2)
                        .price(1.0002)
                        .supply("143052712945.1215", "146001011832.4951", null, true)
                        .token(Chain.ETHEREUM.at("0xdac17f958d2ee523a2206206994597c13d831ec7"))
                        .tags("payments", "stablecoin", "usd-stablecoin")
                        .added("2015-02-25")
                        .launched("2014-10-06")
                        .cryptoCompare("USDT", "Tether")
                        .stablecoin(),
                // max_supply null without infinite supply.
                AssetDraft.named("BNB", "BNB", "bnb")
                        .ids(1839, "204788")
                        .slot(8)
                        .price(601.31)
                        .supply("145887575.79", "145887575.79", null, false)
                        .coin()
                        .tags("marketplace", "centralized-exchange", "bnb-chain")
                        .added("2017-07-25")
                        .launched("2017-07-08")
                        .volatility(0.02),
                AssetDraft.named("Solana", "SOL", "solana")
                        .ids(5426, "934443")
                        .slot(5)
                        .price(142.87)
                        .supply("512345678.1234", "598001123.4455", null, true)
                        .coin()
                        .tags("pos", "platform", "solana-ecosystem")
                        .added("2020-04-10")
                        .launched("2020-03-16")
                        .mined("N/A", "PoH", "0", 312345678, "0.4", "0")
                        .volatility(0.045),
                AssetDraft.named("USDC", "USDC", "usd-coin")
                        .ids(3408, "925809")
                        .slot(4)
                        .price(0.9999412203)
                        .supply("58712004331.25871", "58712004331.25871", null, false)
                        .token(Chain.ETHEREUM.at("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"))
                        .tags("stablecoin", "usd-stablecoin")
                        .added("2018-10-08")
                        .launched("2018-09-26")
                        .cryptoCompare("USDC", "USD Coin")
                        .stablecoin(),
                AssetDraft.named("XRP", "XRP", "xrp")
                        .ids(52, "5031")
                        .slot(6)
                        .price(0.6121)
                        .supply("57600000000", "99986000000", "100000000000", false)
                        .coin()
                        .tags("medium-of-exchange", "enterprise-solutions")
                        .added("2013-08-04")
                        .launched("2012-06-02")
                        .volatility(0.04),
                AssetDraft.named("Dogecoin", "DOGE", "dogecoin")
                        .ids(74, "4432")
                        .slot(7)
                        .price(0.16542)
                        .supply("148123456789.70524", "148123456789.70524", null, true)
                        .coin()
                        .tags("mineable", "pow", "scrypt", "meme")
                        .added("2013-12-15")
                        .launched("2013-12-06")
                        .mined("Scrypt", "PoW", "2103512331220531", 5561234, "60", "10000")
                        .volatility(0.06),
                AssetDraft.named("Cardano", "ADA", "cardano")
                        .ids(2010, "321992")
                        .slot(10)
                        .price(0.7321)
                        .supply("35200000000.5", "45000000000", "45000000000", false)
                        .coin()
                        .tags("dpos", "pos", "platform")
                        .added("2017-10-01")
                        .launched("2017-09-29")
                        .mined("Ouroboros", "PoS", "0", 11234567, "20", "0")
                        .volatility(0.045),
                AssetDraft.named("TRON", "TRX", "tron")
                        .ids(1958, "310829")
                        .slot(12)
                        .price(0.2344)
                        .supply("86000000000.1", "86000000000.1", null, true)
                        .coin()
                        .tags("media", "payments", "tron-ecosystem")
                        .added("2017-09-13")
                        .launched("2017-08-28")
                        .volatility(0.03),
                AssetDraft.named("Shiba Inu", "SHIB", "shiba-inu")
                        .ids(5994, "935731")
                        .slot(14)
                        .price(0.00001234)
                        .supply("589264883286605.5", "589534086491242", null, false)
                        .token(Chain.ETHEREUM.at("0x95ad61b0a150d79219dcf64e1e6cc01f0b64c4ce"))
                        .tags("memes", "ethereum-ecosystem")
                        .added("2020-08-01")
                        .launched("2020-08-01")
                        .volatility(0.06),
                AssetDraft.named("Litecoin", "LTC", "litecoin")
                        .ids(2, "3808")
                        .slot(15)
                        .price(91.2)
                        .supply("75300000", "84000000", "84000000", false)
                        .coin()
                        .tags("mineable", "pow", "scrypt")
                        .added("2013-04-28")
                        .launched("2011-10-07")
                        .mined("Scrypt", "PoW", "1812345678901234", 2871234, "150", "6.25")
                        .integerChanges()
                        .volatility(0.04),
                AssetDraft.named("Pepe", "PEPE", "pepe")
                        .ids(24478, "939287")
                        .slot(18)
                        .price(0.000008765)
                        .supply("420690000000000", "420690000000000", "420690000000000", false)
                        .token(Chain.ETHEREUM.at("0x6982508145454ce325ddbe47a25d4ec3d2311933"))
                        .tags("memes", "ethereum-ecosystem")
                        .added("2023-04-17")
                        .launched("2023-04-14")
                        .volatility(0.08),
                AssetDraft.named("Dai", "DAI", "multi-collateral-dai")
                        .ids(4943, "187440")
                        .slot(25)
                        .price(0.99991)
                        .supply("5365478920.127", "5365478920.127", null, false)
                        .token(Chain.ETHEREUM.at("0x6b175474e89094c44da98b954eedeac495271d0f"))
                        .tags("defi", "stablecoin", "usd-stablecoin")
                        .added("2019-11-22")
                        .launched("2019-11-18")
                        .stablecoin(),
                // Duplicate-symbol group in the top 100 by volume: three CoinMarketCap coins called HOT,
                // CryptoCompare ranks only Holo (FullName "Holo" matches exactly one of them).
                AssetDraft.named("Holo", "HOT", "holo")
                        .trap("three-coins-one-ticker")
                        .ids(2682, "20079")
                        .slot(30)
                        .price(0.00159)
                        .supply("173000000000", "177619433541", null, false)
                        .token(Chain.ETHEREUM.at("0x6c6ee5e31d828de241282b9606c8e98ea48526e2"))
                        .tags("platform", "distributed-computing", "ethereum-ecosystem")
                        .added("2018-04-30")
                        .launched("2018-01-16")
                        .volatility(0.05),
                AssetDraft.named("Hydro Protocol", "HOT", "hydro-protocol")
                        .ids(2430, null)
                        .slot(85)
                        .price(0.0021)
                        .supply("1000000000", "1560000000", "1560000000", false)
                        .token(Chain.ETHEREUM.at("0x9af839687f6c94542ac5ece2e317daae355493a1"))
                        .tags("defi", "ethereum-ecosystem")
                        .added("2018-02-08")
                        .cmcOnly(),
                AssetDraft.named("HyperOne Token", "HOT", "hyperone-token")
                        .ids(31872, null)
                        .price(0.000412)
                        .supply("2500000000", "5000000000", "10000000000", false)
                        .token(Chain.BNB_SMART_CHAIN.at("0x4f1e5e7b3c2a9d8f6e0b1a2c3d4e5f6a7b8c9d0e"))
                        .tags("gaming")
                        .added("2024-03-02")
                        .cmcOnly(),
                AssetDraft.named("Wrapped Bitcoin", "WBTC", "wrapped-bitcoin")
                        .ids(3717, "936451")
                        .slot(35)
                        .price(96190.22)
                        .supply("129876.1234", "129876.1234", null, false)
                        .token(Chain.ETHEREUM.at("0x2260fac5e5542a773aa44fbcfedf7c193bc2c599"))
                        .tags("wrapped-tokens", "ethereum-ecosystem")
                        .added("2019-01-30")
                        .launched("2019-01-09")
                        .volatility(0.025),
                // total_supply 0 with max_supply null: fully_diluted_market_cap 0.
                AssetDraft.named("Cosmos", "ATOM", "cosmos")
                        .ids(3794, "202330")
                        .slot(40)
                        .price(4.7512)
                        .supply("390930000.1", "0", null, false)
                        .coin()
                        .tags("platform", "cosmos-ecosystem")
                        .added("2019-03-14")
                        .launched("2019-03-14")
                        .mined("N/A", "PoS", "0", 24123456, "6", "0")
                        .volatility(0.05),
                // Non-hex token address.
                AssetDraft.named("Binance USD", "BUSD", "binance-usd")
                        .ids(4687, "551637")
                        .slot(45)
                        .price(1.0001)
                        .supply("62100000.13", "62100000.13", null, false)
                        .token(Chain.BNB_BEACON_CHAIN.at("BUSD-BD1"))
                        .tags("stablecoin", "usd-stablecoin", "bnb-chain")
                        .added("2019-09-20")
                        .launched("2019-09-05")
                        .stablecoin(),
                // Price below 1e-6, written in exponent form; base58 TRON address.
                AssetDraft.named("BitTorrent", "BTT", "bittorrent-new")
                        .ids(16086, "939862")
                        .slot(57)
                        .price(0.0000008134)
                        .supply("968246428571000", "990000000000000", "990000000000000", false)
                        .token(Chain.TRON.at("TAFjULxiVgT4qWk6UZwjqwZXTSaGaqnVp4"))
                        .tags("tron-ecosystem", "filesharing")
                        .added("2022-01-21")
                        .launched("2022-01-21")
                        .exponentPrices()
                        .volatility(0.05),
                // Mixed-case CoinMarketCap symbols that CryptoCompare upper-cases.
                AssetDraft.named("Lido Staked ETH", "stETH", "steth")
                        .ids(8085, "930195")
                        .slot(38)
                        .price(3117.1)
                        .supply("9712345.4321", "9712345.4321", null, false)
                        .token(Chain.ETHEREUM.at("0xae7ab96520de3a18e5e111b5eaab095312d7fe84"))
                        .tags("defi", "liquid-staking-derivatives")
                        .added("2020-12-23")
                        .launched("2020-12-18")
                        .volatility(0.032),
                AssetDraft.named("Compound USD Coin", "cUSDC", "compound-usd-coin")
                        .ids(5265, "929470")
                        .slot(180)
                        .price(0.02341)
                        .supply("11234567890.12345678", "11234567890.12345678", null, false)
                        .token(Chain.ETHEREUM.at("0x39aa39c021dfbae8fac545936693ac917d5e7563"))
                        .tags("defi", "lending-borowing")
                        .added("2020-05-07")
                        .launched("2019-05-07")
                        .volatility(0.002),
                AssetDraft.named("Compound Dai", "cDAI", "compound-dai")
                        .ids(5263, "929467")
                        .price(0.02312)
                        .supply("8912345678.87654321", "8912345678.87654321", null, false)
                        .token(Chain.ETHEREUM.at("0x5d3a536e4d6dbd6114cc1ead35777bab948e3643"))
                        .tags("defi", "lending-borowing")
                        .added("2020-05-07")
                        .launched("2019-11-23")
                        .volatility(0.002),
                AssetDraft.named("Compound Ether", "cETH", "compound-ether")
                        .ids(5636, "929475")
                        .price(62.1)
                        .supply("21234567.7654", "21234567.7654", null, false)
                        .token(Chain.ETHEREUM.at("0x4ddc2d193948926d02f9b1fe9e1daa0718270ed5"))
                        .tags("defi", "lending-borowing")
                        .added("2020-06-15")
                        .launched("2019-05-07")
                        .volatility(0.032),
                AssetDraft.named("THORChain", "RUNE", "thorchain")
                        .ids(4157, "934100")
                        .slot(70)
                        .price(1.412)
                        .supply("350123456", "425123456", "500000000", false)
                        .coin()
                        .tags("defi", "dex", "cosmos-ecosystem")
                        .added("2019-07-23")
                        .launched("2019-07-23")
                        .volatility(0.06));
    }

    /**
     * Inactive CoinMarketCap coins (no tracked market, so never in the listing) sharing the symbol of a top coin
     * CryptoCompare ranks, with a lower CoinMarketCap id: quotes/latest by symbol puts them first, as it put
     * Ethercoin (id 646) before Ethereum Classic for {@code symbol=ETC} (R13). Zero circulating supply, hence
     * market cap 0; no cap; no tags.
     */
    static List<AssetDraft> inactive() {
        return List.of(
                AssetDraft.named("Ethercoin", "ETH", "ethercoin")
                        .ids(646, null)
                        .price(0.0003512)
                        .supply("0", "1000000.00069903", null, false)
                        .coin()
                        .tags()
                        .added("2014-10-03")
                        .cmcOnly(),
                // date_added null, as quotes/latest has sent it (R12).
                AssetDraft.named("Solcoin", "SOL", "solcoin")
                        .ids(1543, null)
                        .price(0.00000041)
                        .supply("0", "21000000000", null, false)
                        .token(Chain.ETHEREUM.at("0x5017c0150017c0150017c0150017c0150017c015"))
                        .tags()
                        .cmcOnly(),
                AssetDraft.named("Dogecoin Cash", "DOGE", "dogecoin-cash")
                        .ids(68, null)
                        .price(0.0021)
                        .supply("0", "0", null, false)
                        .coin()
                        .tags()
                        .added("2014-02-11")
                        .cmcOnly());
    }
}
