package com.topcoins.deployment.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.deployment.RepoRoot;
import com.topcoins.deployment.docker.Dockerfile.Instruction;
import com.topcoins.deployment.docker.Dockerfile.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The properties of the one Dockerfile that the compose file and the README rely on, checked on the parsed
 * file (stages, instructions, flags, ARG defaults, exec-form arrays) rather than on its text: there is no
 * Docker engine on the build machines.
 */
class DockerfileTest {

    private static final String LAYERS = "/extract/layers/";
    /** Spring Boot's layers, least to most often changed. */
    private static final List<String> LAYER_ORDER =
            List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    private static final String NON_ROOT_UID = "10001";

    private static Dockerfile dockerfile;

    @BeforeAll
    static void parse() {
        dockerfile = Dockerfile.load(RepoRoot.file("Dockerfile"));
    }

    @Test
    void isMultiStageOnTheJavaVersionOfTheBuild() throws Exception {
        assertThat(dockerfile.directives()).containsEntry("syntax", "docker/dockerfile:1");
        assertThat(dockerfile.stages()).extracting(Stage::name).containsExactly("build", "extract", null);
        // One Java version for every stage, defaulting to the one the Maven build compiles for.
        assertThat(dockerfile.globalArgDefaults()).containsEntry("JAVA_VERSION", javaVersionOfThePom());
        assertThat(dockerfile.stages())
                .extracting(Stage::image)
                .containsExactly(
                        "eclipse-temurin:${JAVA_VERSION}-jdk",
                        "eclipse-temurin:${JAVA_VERSION}-jdk",
                        "eclipse-temurin:${JAVA_VERSION}-jre");
        assertThat(dockerfile.resolvedImage(dockerfile.finalStage(), Map.of()))
                .as("the image runs on a JRE only")
                .isEqualTo("eclipse-temurin:" + javaVersionOfThePom() + "-jre");
    }

    @Test
    void theBuildStageBuildsTheModuleNamedByABuildArgWithACachedMavenRepository() {
        Stage build = dockerfile.stage("build");
        assertThat(build.argDefaults())
                .as("MODULE has no default: it must be given")
                .containsEntry("MODULE", null);

        Instruction maven = build.all("RUN").stream()
                .filter(run -> run.words().contains("./mvnw"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no RUN of ./mvnw in the build stage"));
        assertThat(maven.flags().get("mount")).hasSize(1);
        assertThat(Instruction.options(maven.flag("mount").orElseThrow()))
                .containsEntry("type", "cache")
                .containsEntry("target", "/root/.m2");
        List<String> words = maven.words();
        List<String> mvnw = words.subList(words.indexOf("./mvnw"), words.size());
        assertThat(mvnw)
                .as("builds the module and what it needs, nothing else")
                .containsSubsequence("-pl", "${MODULE}", "-am", "package");
    }

    @Test
    void theExtractStageSplitsTheBootJarIntoLayersForTheRuntimeStage() {
        Stage extract = dockerfile.stage("extract");
        assertThat(extract.only("COPY").flag("from")).contains("build");
        List<String> command = extract.only("RUN").words();
        assertThat(command)
                .startsWith("java", "-Djarmode=tools", "-jar", "app.jar", "extract")
                .contains("--layers")
                .as("a thin app.jar beside lib/, the layout Class Data Sharing needs, not Boot's launcher")
                .doesNotContain("--launcher");
        String destination = command.get(command.indexOf("--destination") + 1);
        assertThat("/extract/" + destination + "/").isEqualTo(LAYERS);
        assertThat(extract.only("WORKDIR").arguments()).isEqualTo("/extract");

        // One COPY per layer, from the extract stage, least often changed first.
        List<String> layers = dockerfile.finalStage().all("COPY").stream()
                .filter(copy -> copy.flag("from").filter("extract"::equals).isPresent())
                .map(copy -> copy.words().get(0))
                .map(source -> source.substring(LAYERS.length()).replaceAll("/$", ""))
                .toList();
        assertThat(layers).containsExactlyElementsOf(LAYER_ORDER);
    }

    @Test
    void theImageRunsAsANonRootUser() {
        Stage runtime = dockerfile.finalStage();
        Instruction user = runtime.last("USER").orElseThrow(() -> new AssertionError("no USER in the image"));
        assertThat(user.arguments().split(":")).as("uid:gid").containsExactly(NON_ROOT_UID, NON_ROOT_UID);
        // Nothing after USER that would need root.
        List<Instruction> instructions = runtime.instructions();
        assertThat(instructions.subList(instructions.indexOf(user) + 1, instructions.size()))
                .extracting(Instruction::keyword)
                .doesNotContain("RUN", "COPY", "ADD", "USER");
        // The user exists in the image, with that uid.
        assertThat(runtime.all("RUN"))
                .anySatisfy(run -> assertThat(run.words())
                        .containsSubsequence("useradd", "--uid")
                        .containsSequence("--uid", NON_ROOT_UID));
    }

    @Test
    void theHealthcheckRunsTheCopiedScriptInExecForm() throws IOException {
        Stage runtime = dockerfile.finalStage();
        Instruction healthcheck = runtime.only("HEALTHCHECK");
        assertThat(healthcheck.flags()).containsKeys("interval", "timeout", "start-period", "retries");
        assertThat(healthcheck.arguments()).startsWith("CMD ");
        List<String> command = Instruction.execForm(
                healthcheck.arguments().substring("CMD ".length()).strip());
        assertThat(command).hasSize(1);

        Instruction copy = runtime.all("COPY").stream()
                .filter(c -> c.words().get(0).equals("docker/healthcheck.sh"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("docker/healthcheck.sh is not copied into the image"));
        assertThat(copy.words()).containsExactly("docker/healthcheck.sh", "/usr/local/bin/" + command.get(0));
        assertThat(copy.flag("chmod")).contains("0755");
        assertThat(Files.isExecutable(RepoRoot.file("docker/healthcheck.sh"))).isTrue();
        // It asks the port and path the image says.
        assertThat(runtime.env()).containsEntry("HEALTH_PORT", "${HEALTH_PORT}").containsKey("HEALTH_PATH");
        assertThat(runtime.argDefaults()).containsEntry("HEALTH_PORT", "${PORT}");
        assertThat(runtime.resolvedEnv(Map.of("PORT", "5001", "HEALTH_PORT", "9001")))
                .containsEntry("HEALTH_PORT", "9001");
        assertThat(runtime.resolvedEnv(Map.of("PORT", "8081")))
                .as("defaults to PORT")
                .containsEntry("HEALTH_PORT", "8081");
    }

    @Test
    void theJvmIsSizedThroughJavaToolOptionsWithAnOverridableHeap() {
        Stage runtime = dockerfile.finalStage();
        assertThat(runtime.argDefaults()).containsEntry("JVM_MEMORY", "-XX:MaxRAMPercentage=37.5");

        List<String> defaults =
                List.of(runtime.resolvedEnv(Map.of()).get("JAVA_TOOL_OPTIONS").split("\\s+"));
        assertThat(defaults).contains("-XX:MaxRAMPercentage=37.5");
        List<String> frontApi = List.of(runtime.resolvedEnv(Map.of("JVM_MEMORY", "-Xmx64m"))
                .get("JAVA_TOOL_OPTIONS")
                .split("\\s+"));
        assertThat(frontApi)
                .as("JVM_MEMORY replaces the heap flag, the others stay")
                .contains("-Xmx64m")
                .doesNotContain("-XX:MaxRAMPercentage=37.5")
                .containsAll(defaults.subList(1, defaults.size()));
    }

    @Test
    void theEntrypointLaunchesTheExtractedJarInExecFormSoArgumentsReachSpring() {
        Stage runtime = dockerfile.finalStage();
        Instruction entrypoint = runtime.last("ENTRYPOINT").orElseThrow(() -> new AssertionError("no ENTRYPOINT"));
        assertThat(entrypoint.isExecForm())
                .as("a shell form would not pass arguments on")
                .isTrue();
        assertThat(entrypoint.execForm()).containsExactly("java", "-XX:SharedArchiveFile=app.jsa", "-jar", "app.jar");
        assertThat(runtime.all("CMD")).as("no default arguments to replace").isEmpty();
        assertThat(runtime.only("WORKDIR").arguments())
                .as("where the layers are copied")
                .isEqualTo("/app");
    }

    @Test
    void aTrainingRunArchivesTheClassesOfTheImageItselfWithTheRuntimeFlags() {
        Stage runtime = dockerfile.finalStage();
        List<Instruction> instructions = runtime.instructions();
        Instruction training = runtime.all("RUN").stream()
                .filter(run -> run.words().contains("-XX:ArchiveClassesAtExit=app.jsa"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no CDS training run in the image"));
        assertThat(training.words())
                .as("starts the context and exits once refreshed, on the jar the entrypoint runs")
                .containsSubsequence(
                        "java",
                        "-XX:ArchiveClassesAtExit=app.jsa",
                        "-Dspring.context.exit=onRefresh",
                        "-jar",
                        "app.jar")
                .as("a build fails rather than ship an image without its archive")
                .containsSequence("test", "-s", "app.jsa");

        int trainingAt = instructions.indexOf(training);
        Instruction flags = runtime.all("ENV").stream()
                .filter(env -> env.arguments().contains("JAVA_TOOL_OPTIONS="))
                .findFirst()
                .orElseThrow();
        assertThat(instructions.indexOf(flags))
                .as("the JVM flags of every start are set before the training run, so it runs with them")
                .isLessThan(trainingAt);
        assertThat(runtime.all("COPY").stream()
                        .filter(copy ->
                                copy.flag("from").filter("extract"::equals).isPresent())
                        .mapToInt(instructions::indexOf))
                .as("every layer is in place before it")
                .allMatch(copyAt -> copyAt < trainingAt);
        assertThat(instructions.indexOf(runtime.last("USER").orElseThrow()))
                .as("as root: the archive is written into /app, then only read")
                .isGreaterThan(trainingAt);
    }

    @Test
    void buildContextLeavesOutSecretsAndBuildOutput() throws IOException {
        assertThat(Files.readAllLines(RepoRoot.file(".dockerignore"))).contains(".env", "**/target/", ".git");
    }

    /** {@code project/properties/java.version} of the root pom. */
    private static String javaVersionOfThePom() throws Exception {
        Element project = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(RepoRoot.file("pom.xml").toFile())
                .getDocumentElement();
        NodeList properties = project.getElementsByTagName("properties");
        assertThat(properties.getLength()).as("properties in pom.xml").isPositive();
        NodeList version = ((Element) properties.item(0)).getElementsByTagName("java.version");
        assertThat(version.getLength()).as("java.version in pom.xml").isEqualTo(1);
        return version.item(0).getTextContent().strip();
    }
}
