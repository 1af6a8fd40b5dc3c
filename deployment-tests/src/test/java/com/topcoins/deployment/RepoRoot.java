package com.topcoins.deployment;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root, found from this module's directory (Surefire runs tests in the module's basedir). */
public final class RepoRoot {

    private RepoRoot() {}

    public static Path path() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("mvnw"))) {
            throw new IllegalStateException("not the repository root: " + root);
        }
        return root;
    }

    public static Path file(String name) {
        return path().resolve(name);
    }
}
