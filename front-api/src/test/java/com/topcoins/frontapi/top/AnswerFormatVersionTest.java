package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.DigestUtils;
import org.thymeleaf.TemplateEngine;

/**
 * Cached answers and their ETags are keyed by {@link AnswerKey#FORMAT_VERSION}. This fails when the
 * rendered JSON or CSV changes shape while the version stays: raise the version, and record the new
 * digest here, so a deploy never serves (or confirms with a 304) bytes of the old shape.
 */
class AnswerFormatVersionTest {

    /** Digest of the JSON and CSV below, by format version. */
    private static final Map<Integer, String> RENDERED =
            Map.of(5, "d581b73bd00f82559a2e5d8f05478fbb:5e5e91d18fea6307af982db7f44742be");

    @Test
    void theRenderedShapeIsTheOneOfTheCurrentFormatVersion() {
        TopRenderer renderer = new TopRenderer(new TemplateEngine());
        Instant asOf = Instant.parse("2026-11-24T12:00:00Z");
        TopPage page = new TopPage(
                asOf,
                asOf.plusSeconds(5),
                asOf.plusSeconds(30),
                asOf.plusSeconds(35),
                2,
                List.of(
                        new TopRow(
                                1,
                                "BTC",
                                "Bitcoin",
                                new BigDecimal("81240.17"),
                                new BigDecimal("1600000000000"),
                                new BigDecimal("25000000000"),
                                asOf,
                                Match.SYMBOL,
                                null,
                                "1182",
                                1L),
                        new TopRow(
                                2,
                                "XYZ",
                                "Unpriced",
                                null,
                                null,
                                new BigDecimal("0.000269788"),
                                null,
                                Match.NONE,
                                Unpriced.NO_LISTING,
                                "925",
                                null)));

        byte[] json = renderer.render(page, OutputFormat.JSON);
        byte[] csv = renderer.render(page, OutputFormat.CSV);
        String digest = DigestUtils.md5DigestAsHex(json) + ":" + DigestUtils.md5DigestAsHex(csv);

        assertThat(digest)
                .as(
                        "JSON %s%nCSV %s%nchanged shape: raise AnswerKey.FORMAT_VERSION and record the digest",
                        new String(json), new String(csv))
                .isEqualTo(RENDERED.get(AnswerKey.FORMAT_VERSION));
    }
}
