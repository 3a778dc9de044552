package org.communitysafety.infra.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.communitysafety.infra.PlatformService;

/**
 * The topics each service uses, read from its source as the service-defaults conventions
 * name them: it publishes to {@code <platform.service>.events} (from configuration, never
 * named in its code); it reads every {@code <producer>.events} its code names (its own
 * too, as priority-service reads the readings it published to reassess a RAG), and
 * dead-letters what it cannot process from one to
 * {@code <producer>.events.<platform.service>.dlt} (DeadLetterTopics).
 */
final class ServiceTopics {

    private static final String TOPIC = "((?:partnership|priority|scrutiny|notification)\\.[a-z]+(?:-[a-z]+)*)";

    private static final Pattern IN_JAVA = Pattern.compile("\"" + TOPIC + "\"");

    private static final Pattern IN_YAML = Pattern.compile("[:,]\\s*" + TOPIC + "\\s*(?=,|$)", Pattern.MULTILINE);

    private ServiceTopics() {
    }

    static Map<String, Set<String>> read(Path repositoryRoot) {
        Map<String, Set<String>> topics = new TreeMap<>();
        for (PlatformService service : PlatformService.domainServices()) {
            Path module = repositoryRoot.resolve(service.directory());
            String name = platformService(module.resolve("src/main/resources/application.yml"));
            Set<String> used = new TreeSet<>();
            used.add(name + ".events");
            Set<String> named = namedTopics(module.resolve("src/main/java"), ".java", IN_JAVA);
            named.addAll(namedTopics(module.resolve("src/main/resources"), ".yml", IN_YAML));
            for (String topic : named) {
                used.add(topic);
                if (topic.endsWith(".events")) {
                    used.add(topic + "." + name + ".dlt");
                }
            }
            topics.put(service.module(), used);
        }
        return topics;
    }

    private static String platformService(Path applicationYaml) {
        Object name = YamlTree.nested(YamlTree.documents(applicationYaml).get(0), "platform", "service");
        if (name == null) {
            throw new IllegalStateException(applicationYaml + " names no platform.service");
        }
        return name.toString();
    }

    private static Set<String> namedTopics(Path sources, String extension, Pattern topic) {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter((path) -> path.toString().endsWith(extension)).toList()) {
                Matcher matcher = topic.matcher(Files.readString(file));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return named;
    }

}
