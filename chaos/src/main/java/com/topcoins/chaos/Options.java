package com.topcoins.chaos;

import com.topcoins.chaos.attack.AttackKind;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What run.sh passes in: where the front API and Redis listen, the front API's PID and log, and where
 * results go. Only loopback targets are accepted: the suite is meant for this machine's local mode.
 */
record Options(InetAddress target, int port, long pid, Path log, int redisPort, Path out, InetAddress normalSource,
               InetAddress attackerSource, boolean quick, String command, Set<AttackKind> only) {

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Options options = new Options(
                address(values.getOrDefault("target", "127.0.0.1")),
                Integer.parseInt(required(values, "port")),
                Long.parseLong(required(values, "pid")),
                Path.of(required(values, "log")),
                Integer.parseInt(required(values, "redis-port")),
                Path.of(required(values, "out")),
                address(values.getOrDefault("normal-source", "127.0.0.1")),
                address(values.getOrDefault("attacker", "127.0.0.2")),
                Boolean.parseBoolean(values.getOrDefault("quick", "false")),
                values.getOrDefault("command", "./chaos/run.sh"),
                only(values.getOrDefault("only", "")));
        for (InetAddress address : new InetAddress[] {options.target, options.normalSource, options.attackerSource}) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException(address + " is not a loopback address: the suite only targets this machine");
            }
        }
        return options;
    }

    static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }

    /** "greedy,malformed": the phases to run, by slug; empty for all. */
    static Set<AttackKind> only(String list) {
        Set<AttackKind> kinds = EnumSet.noneOf(AttackKind.class);
        for (String slug : list.split(",")) {
            if (slug.isBlank()) {
                continue;
            }
            kinds.add(Arrays.stream(AttackKind.values()).filter(k -> k.slug().equals(slug.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown attack " + slug + "; known: "
                            + Arrays.stream(AttackKind.values()).map(AttackKind::slug).toList())));
        }
        return kinds;
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + literal, e);
        }
    }
}
