package com.topcoins.chaos.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void rendersMarkdownWithPipesEscaped() {
        Table table = new Table("input", "answers").add("`a|b`", "400 ×3").add("line\nbreak", 7);
        assertThat(table.markdown())
                .isEqualTo("| input | answers |\n|---|---|\n| `a\\|b` | 400 ×3 |\n| line break | 7 |\n");
    }

    @Test
    void rendersCsvWithQuotingWhereNeeded() {
        Table table = new Table("a", "b").add("x, y", "say \"hi\"").add(1, 2);
        assertThat(table.csv()).isEqualTo("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n1,2\n");
    }

    @Test
    void aRowMustFitTheHeader() {
        assertThatThrownBy(() -> new Table("a", "b").add("only one")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsWhatWasNotMeasuredAsADash() {
        assertThat(Fmt.ms(null)).isEqualTo("–");
        assertThat(Fmt.ms(4.26)).isEqualTo("4.3");
        assertThat(Fmt.ms(1234.5)).isEqualTo("1235");
        assertThat(Fmt.mib(-1)).isEqualTo("–");
        assertThat(Fmt.mib(3 * 1024 * 1024 / 2)).isEqualTo("1.5");
        assertThat(Fmt.mibOfKib(266 * 1024)).isEqualTo("266");
        assertThat(Fmt.seconds(java.util.OptionalDouble.empty())).isEqualTo("never");
    }
}
