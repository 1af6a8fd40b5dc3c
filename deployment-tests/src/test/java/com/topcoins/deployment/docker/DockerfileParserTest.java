package com.topcoins.deployment.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.topcoins.deployment.docker.Dockerfile.Instruction;
import com.topcoins.deployment.docker.Dockerfile.Stage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Dockerfile reader the deployment tests rely on, on small made-up files. */
class DockerfileParserTest {

    private static final String SAMPLE = """
            # syntax=docker/dockerfile:1
            # escape=\\
            # A comment, not a directive: directives=only at the top
            ARG BASE=alpine
            ARG TAG

            from ${BASE}:${TAG:-3.20} as first
            run --mount=type=cache,target=/cache --network=none \\
                # a comment inside a continuation is dropped
                echo "one two" 'three four' \\

                && echo done
            FROM scratch
            ARG NAME=world
            ARG GREETING="hello ${NAME}"
            ENV A=1 B="two words" C=${GREETING}
            ENV LEGACY some value
            COPY --from=first --chmod=0755 /a /b
            ENTRYPOINT ["/bin/app", "--flag=\\"quoted\\""]
            CMD run it
            """;

    private final Dockerfile dockerfile = Dockerfile.parse(SAMPLE);

    @Test
    void readsDirectivesGlobalArgsAndStages() {
        assertThat(dockerfile.directives()).containsOnlyKeys("syntax", "escape");
        assertThat(dockerfile.globalArgDefaults()).containsExactly(Map.entry("BASE", "alpine"), entry("TAG", null));
        assertThat(dockerfile.stages()).extracting(Stage::name).containsExactly("first", null);
        assertThat(dockerfile.stages()).extracting(Stage::image).containsExactly("${BASE}:${TAG:-3.20}", "scratch");
        assertThat(dockerfile.resolvedImage(dockerfile.stage("first"), Map.of()))
                .isEqualTo("alpine:3.20");
        assertThat(dockerfile.resolvedImage(dockerfile.stage("first"), Map.of("TAG", "edge")))
                .isEqualTo("alpine:edge");
    }

    @Test
    void joinsContinuationsSkippingCommentsAndBlankLinesAndReadsFlags() {
        Instruction run = dockerfile.stage("first").only("RUN");
        assertThat(run.keyword()).as("keywords are case-insensitive").isEqualTo("RUN");
        assertThat(run.line()).isEqualTo(8);
        assertThat(Instruction.options(run.flag("mount").orElseThrow()))
                .containsExactly(Map.entry("type", "cache"), Map.entry("target", "/cache"));
        assertThat(run.flag("network")).contains("none");
        assertThat(run.words()).containsExactly("echo", "one two", "three four", "&&", "echo", "done");
    }

    @Test
    void readsEnvInBothFormsAndResolvesArgs() {
        Stage last = dockerfile.finalStage();
        assertThat(last.env())
                .containsExactly(
                        Map.entry("A", "1"),
                        Map.entry("B", "two words"),
                        Map.entry("C", "${GREETING}"),
                        Map.entry("LEGACY", "some value"));
        assertThat(last.resolvedEnv(Map.of())).containsEntry("C", "hello world");
        assertThat(last.resolvedEnv(Map.of("NAME", "you"))).containsEntry("C", "hello you");
        assertThat(last.resolvedEnv(Map.of("GREETING", "hi"))).containsEntry("C", "hi");
    }

    @Test
    void readsExecAndShellForms() {
        Stage last = dockerfile.finalStage();
        Instruction entrypoint = last.only("ENTRYPOINT");
        assertThat(entrypoint.isExecForm()).isTrue();
        assertThat(entrypoint.execForm()).containsExactly("/bin/app", "--flag=\"quoted\"");
        assertThat(last.only("CMD").isExecForm()).isFalse();
        assertThatThrownBy(() -> last.only("CMD").execForm()).isInstanceOf(AssertionError.class);
        assertThat(last.only("COPY").flags()).containsOnlyKeys("from", "chmod");
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> Dockerfile.parse("FROM a\nRUN echo \\\n"))
                .hasMessageContaining("continues past the end");
        assertThatThrownBy(() -> Dockerfile.parse("RUN echo\nFROM a\n")).hasMessageContaining("only ARG");
        assertThatThrownBy(() -> Instruction.words("echo \"open")).hasMessageContaining("unterminated quote");
    }

    private static Map.Entry<String, String> entry(String key, String value) {
        return new java.util.AbstractMap.SimpleEntry<>(key, value);
    }
}
