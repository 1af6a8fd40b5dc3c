package com.topcoins.chaos.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpliceTest {

    private static final String INTRO = "## Chaos suite\n\nRun `./chaos/run.sh`.";

    @Test
    void aDocumentWithoutMarkersGetsThemAtItsEndUnderTheIntroduction() {
        String doc = "# Reliability figures\n\nHand-written.\n";
        assertThat(Splice.splice(doc, "generated 1\n", INTRO))
                .isEqualTo(
                        "# Reliability figures\n\nHand-written.\n\n"
                                + "## Chaos suite\n\nRun `./chaos/run.sh`.\n\n<!-- chaos:begin -->\ngenerated 1\n<!-- chaos:end -->\n");
        assertThat(Splice.splice("no newline", "g", INTRO))
                .endsWith("no newline\n\n## Chaos suite\n\nRun `./chaos/run.sh`.\n\n"
                        + "<!-- chaos:begin -->\ng\n<!-- chaos:end -->\n");
    }

    @Test
    void onlyWhatIsBetweenTheMarkersIsReplaced() {
        String doc = "# Title\n\nbefore\n<!-- chaos:begin -->\nold\nstuff\n<!-- chaos:end -->\nafter, kept\n";
        assertThat(Splice.splice(doc, "new", INTRO))
                .isEqualTo("# Title\n\nbefore\n<!-- chaos:begin -->\nnew\n<!-- chaos:end -->\nafter, kept\n");
    }

    @Test
    void splicingTwiceIsSplicingOnce() {
        String once = Splice.splice("# Doc\n", "a\nb\n", INTRO);
        assertThat(Splice.splice(once, "a\nb\n", INTRO)).isEqualTo(once);
        assertThat(Splice.splice(once, "c\n", INTRO))
                .contains("<!-- chaos:begin -->\nc\n<!-- chaos:end -->")
                .doesNotContain("a\nb");
    }

    @Test
    void aBrokenPairOfMarkersIsRefused() {
        assertThatThrownBy(() -> Splice.splice("<!-- chaos:end -->\n<!-- chaos:begin -->\n", "x", INTRO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Splice.splice("<!-- chaos:begin -->\n", "x", INTRO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
