package com.topcoins.chaos.phase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void eachInstantBelongsToOneWindow() {
        Timeline timeline = new Timeline(100, 200, 500, 600);
        assertThat(timeline.windowOf(100)).isEqualTo(Window.BEFORE);
        assertThat(timeline.windowOf(199)).isEqualTo(Window.BEFORE);
        assertThat(timeline.windowOf(200)).isEqualTo(Window.ATTACK);
        assertThat(timeline.windowOf(499)).isEqualTo(Window.ATTACK);
        assertThat(timeline.windowOf(500)).isEqualTo(Window.AFTER);
        assertThat(timeline.seconds(Window.ATTACK)).isEqualTo(300 / 1e9);
        assertThat(timeline.from(Window.AFTER)).isEqualTo(500);
        assertThat(timeline.to(Window.AFTER)).isEqualTo(600);
    }
}
