package com.topcoins.simulator.cryptocompare;

import com.topcoins.simulator.market.Asset;
import com.topcoins.simulator.market.CcProfile;
import com.topcoins.simulator.market.Currency;
import com.topcoins.simulator.market.MarketSnapshot;
import com.topcoins.simulator.market.Seeds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 47 fields of a {@code RAW.<TSYM>} block in their recorded order, each with its DISPLAY format. The
 * intraday figures (opens, highs, lows, pair volumes, last trade) are derived from the snapshot plus a
 * per-(seed, tick, asset) random stream, so repeated requests at one tick agree.
 */
final class RawQuote {

    private static final String[] MARKETS = {
        "Binance",
        "Coinbase",
        "Kraken",
        "OKX",
        "Bybit",
        "Bitfinex",
        "Gemini",
        "KuCoin",
        "Gate.io",
        "Bitstamp",
        "coinbase",
        "binance",
        "Upbit",
        "LMAX"
    };

    /**
     * @param value  String, Long, Double (rounded to {@code significant} digits) or BigDecimal (written as is)
     * @param tiny   written in exponent form when below 1e-6 (for assets that get that treatment)
     */
    record Field(String name, Object value, DisplayFormat display, int significant, boolean tiny) {}

    private final List<Field> fields = new ArrayList<>(47);

    private RawQuote() {}

    List<Field> fields() {
        return fields;
    }

    static RawQuote of(MarketSnapshot s, Asset a, Currency to, String tsym) {
        RawQuote q = new RawQuote();
        int i = a.index();
        CcProfile cc = a.cc();
        boolean exponent = a.traits().exponentPrices();
        boolean integers = a.traits().integerChanges();
        double volatility = a.traits().dailyVolatility();
        SplittableRandom r = Seeds.forDetail(s.universe().seed(), s.tick(), i);
        double rate = to.usdValue(s);
        double usdPrice = s.price(i);
        // CryptoCompare's aggregate differs slightly from CoinMarketCap's price.
        double price = usdPrice * (1 + (a.traits().stablecoin() ? 0.0002 : 0.002) * gaussian(r)) / rate;

        double pct24 = orDraw(s.change24h(i), 100 * volatility, r);
        double pct1h = orDraw(s.change1h(i), 20 * volatility, r);
        double pctDay = pct24 * (0.2 + 0.8 * r.nextDouble());
        double change24 = rounded(price * pct24 / (100 + pct24), integers);
        double changeDay = rounded(price * pctDay / (100 + pctDay), integers);
        double changeHour = price * pct1h / (100 + pct1h);
        double open24 = price - change24;
        double openDay = price - changeDay;
        double openHour = price - changeHour;
        double high24 = Math.max(price, open24) * (1 + volatility * 0.3 * r.nextDouble());
        double low24 = Math.min(price, open24) * (1 - volatility * 0.3 * r.nextDouble());
        double highDay = Math.min(high24, Math.max(price, openDay) * (1 + volatility * 0.2 * r.nextDouble()));
        double lowDay = Math.max(low24, Math.min(price, openDay) * (1 - volatility * 0.2 * r.nextDouble()));
        double highHour = Math.max(price, openHour) * (1 + volatility * 0.05 * r.nextDouble());
        double lowHour = Math.min(price, openHour) * (1 - volatility * 0.05 * r.nextDouble());
        double median = rounded(price * (1 + 0.0005 * gaussian(r)), integers);

        double pairVolumeTo = s.volume(i) / rate * (0.05 + 0.3 * r.nextDouble());
        double dayVolumeTo = pairVolumeTo * (0.2 + 0.8 * r.nextDouble());
        double hourVolumeTo = pairVolumeTo / 24 * (0.5 + r.nextDouble());
        double topTierPairVolumeTo = pairVolumeTo * cc.topTierShare();
        double lastVolume = (10 + 5000 * r.nextDouble()) / usdPrice;
        String lastTradeId = String.valueOf(100_000_000L + r.nextLong(9_000_000_000L));
        String lastMarket = MARKETS[r.nextInt(MARKETS.length)];
        long lastUpdate = s.asOf().getEpochSecond() - r.nextInt(30);
        boolean direct = to != Currency.USD || r.nextDouble() < 0.85;

        BigDecimal circulating = a.supply().circulating();
        BigDecimal supply = a.supply().total().signum() > 0 ? a.supply().total() : circulating;
        String flags = change24 == 0 ? "4" : change24 > 0 ? "1" : "2";
        if (cc.flagsHighBit()) {
            flags = String.valueOf(Integer.parseInt(flags) + 2048);
        }

        q.text("TYPE", "5", DisplayFormat.OMITTED);
        q.text("MARKET", "CCCAGG", DisplayFormat.MARKET);
        q.text("FROMSYMBOL", cc.ticker(), DisplayFormat.FROM_GLYPH);
        q.text("TOSYMBOL", tsym, DisplayFormat.TO_GLYPH);
        q.text("FLAGS", flags, DisplayFormat.OMITTED);
        q.price("PRICE", price, exponent);
        q.add("LASTUPDATE", lastUpdate, DisplayFormat.TIME, 0, false);
        q.add("MEDIAN", median, DisplayFormat.OMITTED, 8, exponent);
        q.add("LASTVOLUME", lastVolume, DisplayFormat.FROM_AMOUNT, 8, false);
        q.add("LASTVOLUMETO", lastVolume * price, DisplayFormat.TO_AMOUNT, 9, false);
        q.text("LASTTRADEID", lastTradeId, DisplayFormat.TEXT);
        q.volume("VOLUMEDAY", dayVolumeTo / price, DisplayFormat.FROM_AMOUNT);
        q.volume("VOLUMEDAYTO", dayVolumeTo, DisplayFormat.TO_AMOUNT);
        q.volume("VOLUME24HOUR", pairVolumeTo / price, DisplayFormat.FROM_AMOUNT);
        q.volume("VOLUME24HOURTO", pairVolumeTo, DisplayFormat.TO_AMOUNT);
        q.price("OPENDAY", openDay, exponent);
        q.price("HIGHDAY", highDay, exponent);
        q.price("LOWDAY", lowDay, exponent);
        q.price("OPEN24HOUR", open24, exponent);
        q.price("HIGH24HOUR", high24, exponent);
        q.price("LOW24HOUR", low24, exponent);
        q.text("LASTMARKET", lastMarket, DisplayFormat.TEXT);
        q.volume("VOLUMEHOUR", hourVolumeTo / price, DisplayFormat.FROM_AMOUNT);
        q.volume("VOLUMEHOURTO", hourVolumeTo, DisplayFormat.TO_AMOUNT);
        q.price("OPENHOUR", openHour, exponent);
        q.price("HIGHHOUR", highHour, exponent);
        q.price("LOWHOUR", lowHour, exponent);
        q.volume("TOPTIERVOLUME24HOUR", topTierPairVolumeTo / price, DisplayFormat.FROM_AMOUNT);
        q.volume("TOPTIERVOLUME24HOURTO", topTierPairVolumeTo, DisplayFormat.TO_AMOUNT);
        q.add("CHANGE24HOUR", change24, DisplayFormat.CHANGE, 8, exponent);
        q.add("CHANGEPCT24HOUR", 100 * change24 / open24, DisplayFormat.PERCENT, 8, false);
        q.add("CHANGEDAY", changeDay, DisplayFormat.CHANGE, 8, exponent);
        q.add("CHANGEPCTDAY", 100 * changeDay / openDay, DisplayFormat.PERCENT, 8, false);
        q.add("CHANGEHOUR", changeHour, DisplayFormat.CHANGE, 8, exponent);
        q.add("CHANGEPCTHOUR", 100 * changeHour / openHour, DisplayFormat.PERCENT, 8, false);
        q.text("CONVERSIONTYPE", direct ? "direct" : "multiply", DisplayFormat.TEXT);
        q.text("CONVERSIONSYMBOL", direct ? "" : "BTC", DisplayFormat.TEXT);
        q.add("SUPPLY", supply, DisplayFormat.FROM_SUPPLY, 0, false);
        q.volume("MKTCAP", price * supply.doubleValue(), DisplayFormat.TO_SHORT);
        q.add("MKTCAPPENALTY", 0L, DisplayFormat.PENALTY, 0, false);
        q.add("CIRCULATINGSUPPLY", circulating, DisplayFormat.FROM_SUPPLY, 0, false);
        q.volume("CIRCULATINGSUPPLYMKTCAP", price * circulating.doubleValue(), DisplayFormat.TO_SHORT);
        q.volume("TOTALVOLUME24H", s.volume(i) / usdPrice, DisplayFormat.FROM_SHORT);
        q.volume("TOTALVOLUME24HTO", s.volume(i) / rate, DisplayFormat.TO_SHORT);
        q.volume("TOTALTOPTIERVOLUME24H", s.topTierVolume(i) / usdPrice, DisplayFormat.FROM_SHORT);
        q.volume("TOTALTOPTIERVOLUME24HTO", s.topTierVolume(i) / rate, DisplayFormat.TO_SHORT);
        q.text("IMAGEURL", cc.imageUrl(), DisplayFormat.TEXT);
        return q;
    }

    private void text(String name, String value, DisplayFormat display) {
        fields.add(new Field(name, value, display, 0, false));
    }

    private void price(String name, double value, boolean exponent) {
        fields.add(new Field(name, value, DisplayFormat.PRICE, 8, exponent));
    }

    private void volume(String name, double value, DisplayFormat display) {
        fields.add(new Field(name, value, display, 12, false));
    }

    private void add(String name, Object value, DisplayFormat display, int significant, boolean tiny) {
        fields.add(new Field(name, value, display, significant, tiny));
    }

    /** Integer-literal figures (like {@code "CHANGE24HOUR": 508}) for the assets that have them. */
    private static double rounded(double value, boolean integers) {
        return integers ? Math.rint(value) : value;
    }

    private static double orDraw(double value, double scale, SplittableRandom r) {
        double drawn = scale * gaussian(r); // always drawn, so the stream stays aligned
        return Double.isNaN(value) ? drawn : value;
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
