package com.topcoins.simulator.cryptocompare;

import com.topcoins.simulator.json.JsonNumbers;
import com.topcoins.simulator.json.SimulatorJson;
import com.topcoins.simulator.market.Asset;
import com.topcoins.simulator.market.CcProfile;
import com.topcoins.simulator.market.Currency;
import com.topcoins.simulator.market.MarketSnapshot;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders toplist entries: {@code CoinInfo}, and {@code RAW}/{@code DISPLAY} keyed by the requested tsym. */
@Component
class ToplistEntryRenderer {

    private final SimulatorJson json;

    ToplistEntryRenderer(SimulatorJson json) {
        this.json = json;
    }

    /** @param currency empty when the tsym is not one the simulator prices in: entries then lack RAW/DISPLAY */
    ArrayNode entries(MarketSnapshot snapshot, int[] page, String tsym, Optional<Currency> currency) {
        ArrayNode data = json.array();
        for (int index : page) {
            data.add(entry(snapshot, snapshot.asset(index), tsym, currency));
        }
        return data;
    }

    private ObjectNode entry(MarketSnapshot s, Asset a, String tsym, Optional<Currency> currency) {
        ObjectNode entry = json.object();
        coinInfo(entry.putObject("CoinInfo"), a.cc());
        if (a.cc().hasRaw() && currency.isPresent()) {
            RawQuote quote = RawQuote.of(s, a, currency.get(), tsym);
            raw(entry.putObject("RAW").putObject(tsym), quote);
            display(
                    entry.putObject("DISPLAY").putObject(tsym),
                    quote,
                    fromGlyph(a.cc().ticker()),
                    currency.get().glyph());
        }
        return entry;
    }

    private static void coinInfo(ObjectNode info, CcProfile cc) {
        info.put("Id", cc.id());
        info.put("Name", cc.ticker());
        info.put("FullName", cc.fullName());
        info.put("Internal", cc.ticker());
        info.put("ImageUrl", cc.imageUrl());
        info.put("Url", "/coins/" + cc.ticker().toLowerCase(java.util.Locale.ROOT) + "/overview");
        info.put("Algorithm", cc.algorithm());
        info.put("ProofType", cc.proofType());
        ObjectNode weiss = info.putObject("Rating").putObject("Weiss");
        weiss.put("Rating", cc.rating().rating());
        weiss.put("TechnologyAdoptionRating", cc.rating().technologyAdoptionRating());
        weiss.put("MarketPerformanceRating", cc.rating().marketPerformanceRating());
        info.put("NetHashesPerSecond", cc.netHashesPerSecond());
        info.put("BlockNumber", cc.blockNumber());
        info.put("BlockTime", cc.blockTime());
        info.put("BlockReward", cc.blockReward());
        info.put("AssetLaunchDate", cc.launchDate().toString());
        info.put("MaxSupply", cc.maxSupply());
        info.put("Type", 1);
        info.put("DocumentType", "Webpagecoinp");
    }

    private static void raw(ObjectNode raw, RawQuote quote) {
        for (RawQuote.Field field : quote.fields()) {
            Object value = field.value();
            if (value instanceof String text) {
                raw.put(field.name(), text);
            } else if (value instanceof Long number) {
                raw.put(field.name(), number.longValue());
            } else if (value instanceof BigDecimal decimal) {
                raw.put(field.name(), decimal);
            } else {
                JsonNumbers.putSmall(raw, field.name(), (Double) value, field.significant(), field.tiny());
            }
        }
    }

    private static void display(ObjectNode display, RawQuote quote, String fromGlyph, String toGlyph) {
        for (RawQuote.Field field : quote.fields()) {
            if (field.display() != DisplayFormat.OMITTED) {
                display.put(field.name(), field.display().format(field.value(), fromGlyph, toGlyph));
            }
        }
    }

    private static String fromGlyph(String ticker) {
        return switch (ticker) {
            case "BTC" -> "Ƀ";
            case "ETH" -> "Ξ";
            case "LTC" -> "Ł";
            default -> ticker;
        };
    }
}
