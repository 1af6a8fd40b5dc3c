package com.topcoins.deployment.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * A Dockerfile parsed the way BuildKit reads it, as far as the tests need: parser directives, comments,
 * line continuations, instructions with their {@code --flags}, build stages, {@code ARG} defaults,
 * {@code ENV} pairs, exec-form ({@code ["a", "b"]}) arguments and shell-form words. No heredocs.
 *
 * @param directives parser directives at the top ({@code # syntax=…}), by lower-cased name
 * @param globalArgs the {@code ARG}s before the first {@code FROM}: their defaults are visible to every {@code FROM}
 * @param stages     the build stages, in order; the last one is the image
 */
record Dockerfile(Map<String, String> directives, List<Instruction> globalArgs, List<Stage> stages) {

    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z]+)\\s*=\\s*(\\S+)\\s*$");
    private static final Pattern VARIABLE =
            Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");
    /** Instructions whose arguments may begin with {@code --name[=value]} flags. */
    private static final Set<String> FLAGGED = Set.of("FROM", "RUN", "COPY", "ADD", "HEALTHCHECK");

    static Dockerfile load(Path path) {
        try {
            return parse(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dockerfile parse(String text) {
        List<String> lines = text.lines().toList();
        Map<String, String> directives = new LinkedHashMap<>();
        int i = 0;
        for (; i < lines.size(); i++) {
            Matcher directive = DIRECTIVE.matcher(lines.get(i));
            if (!directive.matches()) {
                break;
            }
            directives.put(directive.group(1).toLowerCase(Locale.ROOT), directive.group(2));
        }
        char escape = directives.getOrDefault("escape", "\\").charAt(0);

        List<Instruction> instructions = new ArrayList<>();
        StringBuilder logical = null;
        int startLine = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            // Comment and empty lines are dropped, also in the middle of a continued instruction.
            if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                continue;
            }
            if (logical == null) {
                logical = new StringBuilder();
                startLine = i + 1;
            }
            boolean continued = trimmed.charAt(trimmed.length() - 1) == escape;
            logical.append(continued ? trimmed.substring(0, trimmed.length() - 1) : trimmed)
                    .append(' ');
            if (!continued) {
                instructions.add(Instruction.of(logical.toString().strip(), startLine));
                logical = null;
            }
        }
        if (logical != null) {
            throw new IllegalArgumentException("instruction from line " + startLine + " continues past the end");
        }

        List<Instruction> globalArgs = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("FROM")) {
                stages.add(new Stage(instruction, new ArrayList<>()));
            } else if (stages.isEmpty()) {
                if (!instruction.keyword().equals("ARG")) {
                    throw new IllegalArgumentException("only ARG may come before the first FROM: " + instruction);
                }
                globalArgs.add(instruction);
            } else {
                stages.get(stages.size() - 1).instructions().add(instruction);
            }
        }
        return new Dockerfile(Map.copyOf(directives), List.copyOf(globalArgs), List.copyOf(stages));
    }

    /** The defaults of the global {@code ARG}s as written (null for one declared without a default). */
    Map<String, String> globalArgDefaults() {
        return argDefaults(globalArgs);
    }

    /** A stage's base image with the global {@code ARG}s substituted, as {@code FROM} sees them. */
    String resolvedImage(Stage stage, Map<String, String> buildArgs) {
        return substitute(stage.image(), resolve(globalArgs, buildArgs));
    }

    Stage stage(String name) {
        return stages.stream()
                .filter(stage -> name.equals(stage.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no stage named " + name));
    }

    /** The stage the image is made of. */
    Stage finalStage() {
        return stages.get(stages.size() - 1);
    }

    /** {@code ${NAME}}, {@code ${NAME:-default}} and {@code $NAME} replaced from {@code values}; unknown ones by "". */
    static String substitute(String text, Map<String, String> values) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1) != null ? variable.group(1) : variable.group(3);
            String value = values.get(name);
            if (value == null || (value.isEmpty() && variable.group(2) != null)) {
                value = variable.group(2) != null ? variable.group(2) : "";
            }
            variable.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        variable.appendTail(result);
        return result.toString();
    }

    private static Map<String, String> argDefaults(List<Instruction> args) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Instruction arg : args) {
            for (String word : arg.words()) {
                int equals = word.indexOf('=');
                defaults.put(
                        equals < 0 ? word : word.substring(0, equals), equals < 0 ? null : word.substring(equals + 1));
            }
        }
        return defaults;
    }

    /**
     * The values of {@code ARG}s in a build given {@code buildArgs}: a build arg for a declared name wins,
     * else its default, expanded with the ones declared before it; an ARG with neither is empty.
     */
    private static Map<String, String> resolve(List<Instruction> args, Map<String, String> buildArgs) {
        Map<String, String> values = new LinkedHashMap<>();
        argDefaults(args)
                .forEach((name, value) -> values.put(
                        name,
                        buildArgs.containsKey(name)
                                ? buildArgs.get(name)
                                : value == null ? "" : substitute(value, values)));
        return values;
    }

    /**
     * One instruction, continuation lines joined.
     *
     * @param keyword   upper-cased ({@code RUN}, {@code COPY}, …)
     * @param flags     the leading {@code --name=value} flags by name, each with every value given (a flag may repeat)
     * @param arguments the rest, unparsed
     * @param line      the line it starts on, for messages
     */
    record Instruction(String keyword, Map<String, List<String>> flags, String arguments, int line) {

        static Instruction of(String text, int line) {
            String[] parts = text.split("\\s+", 2);
            String keyword = parts[0].toUpperCase(Locale.ROOT);
            String rest = parts.length > 1 ? parts[1] : "";
            Map<String, List<String>> flags = new LinkedHashMap<>();
            if (FLAGGED.contains(keyword)) {
                while (rest.startsWith("--")) {
                    String[] flagAndRest = rest.split("\\s+", 2);
                    String flag = flagAndRest[0].substring(2);
                    int equals = flag.indexOf('=');
                    String name = equals < 0 ? flag : flag.substring(0, equals);
                    String value = equals < 0 ? "" : unquote(flag.substring(equals + 1));
                    flags.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
                    rest = flagAndRest.length > 1 ? flagAndRest[1] : "";
                }
            }
            return new Instruction(keyword, flags, rest.strip(), line);
        }

        /** The single value of a flag, if given. */
        Optional<String> flag(String name) {
            List<String> values = flags.getOrDefault(name, List.of());
            if (values.size() > 1) {
                throw new AssertionError("--" + name + " given " + values.size() + " times on line " + line);
            }
            return values.stream().findFirst();
        }

        /** A flag's value of the form {@code k=v,k=v} (as {@code --mount}'s) as a map. */
        static Map<String, String> options(String value) {
            Map<String, String> options = new LinkedHashMap<>();
            for (String option : value.split(",")) {
                int equals = option.indexOf('=');
                options.put(
                        equals < 0 ? option : option.substring(0, equals),
                        equals < 0 ? "" : option.substring(equals + 1));
            }
            return options;
        }

        /** Whether the arguments are in exec form, a JSON array. */
        boolean isExecForm() {
            return arguments.startsWith("[");
        }

        /** The exec-form arguments as their list of strings; fails for shell form. */
        List<String> execForm() {
            return execForm(arguments);
        }

        static List<String> execForm(String json) {
            if (!json.startsWith("[")) {
                throw new AssertionError("not exec form (a JSON array): " + json);
            }
            // A JSON array of strings is also YAML (a flow sequence of double-quoted scalars).
            Object parsed = new Yaml().load(json);
            if (!(parsed instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                throw new AssertionError("not a JSON array of strings: " + json);
            }
            return list.stream().map(String.class::cast).toList();
        }

        /** The arguments split into words as a shell would, quotes removed (no expansion). */
        List<String> words() {
            return words(arguments);
        }

        static List<String> words(String text) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else if (c == '\\'
                            && quote == '"'
                            && i + 1 < text.length()
                            && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                        word.append(text.charAt(++i));
                    } else {
                        word.append(c);
                    }
                } else if (Character.isWhitespace(c)) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else {
                    if (word == null) {
                        word = new StringBuilder();
                    }
                    if (c == '"' || c == '\'') {
                        quote = c;
                    } else if (c == '\\' && i + 1 < text.length()) {
                        word.append(text.charAt(++i));
                    } else {
                        word.append(c);
                    }
                }
            }
            if (quote != 0) {
                throw new AssertionError("unterminated quote in: " + text);
            }
            if (word != null) {
                words.add(word.toString());
            }
            return words;
        }

        private static String unquote(String value) {
            List<String> words = words(value);
            return words.size() == 1 ? words.get(0) : value;
        }
    }

    /**
     * A build stage: its {@code FROM} and what follows it up to the next one.
     */
    record Stage(Instruction from, List<Instruction> instructions) {

        /** The base image as written, variables unexpanded. */
        String image() {
            return from.words().get(0);
        }

        /** The {@code AS} name, or null. */
        String name() {
            List<String> words = from.words();
            return words.size() == 3 && words.get(1).equalsIgnoreCase("AS") ? words.get(2) : null;
        }

        List<Instruction> all(String keyword) {
            return instructions.stream()
                    .filter(instruction -> instruction.keyword().equals(keyword))
                    .toList();
        }

        /** The one instruction of that keyword; fails if there are none or several. */
        Instruction only(String keyword) {
            List<Instruction> all = all(keyword);
            if (all.size() != 1) {
                throw new AssertionError("stage " + name() + " has " + all.size() + " " + keyword + " instructions");
            }
            return all.get(0);
        }

        /** The last instruction of that keyword: the one in effect for {@code USER}, {@code ENTRYPOINT}, {@code CMD}. */
        Optional<Instruction> last(String keyword) {
            List<Instruction> all = all(keyword);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        }

        /** The defaults of the {@code ARG}s this stage declares, as written (null for one without a default). */
        Map<String, String> argDefaults() {
            return Dockerfile.argDefaults(all("ARG"));
        }

        /** The values of this stage's {@code ARG}s in a build given {@code buildArgs}. */
        Map<String, String> resolvedArgs(Map<String, String> buildArgs) {
            return resolve(all("ARG"), buildArgs);
        }

        /** The {@code ENV} variables it sets, values as written ({@code ${ARG}} references unexpanded). */
        Map<String, String> env() {
            Map<String, String> env = new LinkedHashMap<>();
            for (Instruction instruction : all("ENV")) {
                List<String> words = instruction.words();
                if (words.size() >= 1 && !words.get(0).contains("=")) {
                    // The legacy form: ENV NAME value with spaces
                    env.put(
                            words.get(0),
                            instruction
                                    .arguments()
                                    .substring(words.get(0).length())
                                    .strip());
                    continue;
                }
                for (String word : words) {
                    int equals = word.indexOf('=');
                    if (equals < 0) {
                        throw new AssertionError("ENV on line " + instruction.line() + " mixes forms: " + word);
                    }
                    env.put(word.substring(0, equals), word.substring(equals + 1));
                }
            }
            return env;
        }

        /** {@link #env()} with this stage's {@code ARG}s substituted, in a build given {@code buildArgs}. */
        Map<String, String> resolvedEnv(Map<String, String> buildArgs) {
            Map<String, String> values = new LinkedHashMap<>(resolvedArgs(buildArgs));
            Map<String, String> resolved = new LinkedHashMap<>();
            env().forEach((name, value) -> {
                String expanded = substitute(value, values);
                resolved.put(name, expanded);
                values.put(name, expanded);
            });
            return resolved;
        }
    }
}
