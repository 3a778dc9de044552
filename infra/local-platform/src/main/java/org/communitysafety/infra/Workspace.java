package org.communitysafety.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The checked-out repository: where each module's build puts the jars the platform runs.
 */
public record Workspace(Path root) {

    public Workspace {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * The repository from {@code platform.repo-root} or {@code PLATFORM_REPO_ROOT}, else
     * the nearest directory above the working directory that holds the Maven wrapper and
     * this module.
     */
    public static Workspace locate() {
        String configured = Optional.ofNullable(System.getProperty("platform.repo-root"))
            .orElse(System.getenv("PLATFORM_REPO_ROOT"));
        if (configured != null && !configured.isBlank()) {
            return new Workspace(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("infra"))) {
                return new Workspace(dir);
            }
        }
        throw new IllegalStateException("Cannot find the repository root above " + Path.of("").toAbsolutePath()
                + "; set -Dplatform.repo-root or PLATFORM_REPO_ROOT");
    }

    public Path serviceJar(PlatformService service) {
        return root.resolve(service.directory()).resolve("target").resolve(service.module() + ".jar");
    }

    /**
     * Copied aside by this module's build, never put on its classpath (see
     * infra/local-platform/pom.xml).
     */
    public Path greenmailJar() {
        return root.resolve("infra/local-platform/target/greenmail/greenmail-standalone.jar");
    }

    public String buildHint(String module) {
        return "build it with: cd " + root + " && ./mvnw -q -B -pl " + module + " -am package -DskipTests";
    }
}
