package com.topcoins.deployment.docker;

import com.topcoins.deployment.RepoRoot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The properties of the one Dockerfile that the compose file and the README rely on. */
class DockerfileTest {

    @Test
    void oneParameterizedMultiStageLayeredNonRootImage() throws IOException {
        String dockerfile = Files.readString(RepoRoot.file("Dockerfile"));
        assertThat(dockerfile)
                .contains("ARG MODULE")
                .contains("--mount=type=cache,target=/root/.m2")
                .contains("./mvnw")
                .contains("java -Djarmode=tools -jar app.jar extract --layers --launcher")
                .contains("FROM eclipse-temurin:${JAVA_VERSION}-jre")
                .containsPattern("(?m)^USER 10001")
                .containsPattern("(?m)^HEALTHCHECK ")
                .contains("-XX:MaxRAMPercentage=37.5")
                .contains("org.springframework.boot.loader.launch.JarLauncher");
        assertThat(Files.isExecutable(RepoRoot.file("docker/healthcheck.sh"))).isTrue();
    }

    @Test
    void buildContextLeavesOutSecretsAndBuildOutput() throws IOException {
        assertThat(Files.readAllLines(RepoRoot.file(".dockerignore"))).contains(".env", "**/target/", ".git");
    }
}
