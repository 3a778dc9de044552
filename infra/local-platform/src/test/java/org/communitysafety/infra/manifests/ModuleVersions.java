package org.communitysafety.infra.manifests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.communitysafety.infra.PlatformService;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The version each deployable module builds, from its pom (its own, else its parent's).
 */
final class ModuleVersions {

    private ModuleVersions() {
    }

    static Map<String, String> read(Path repositoryRoot) {
        Map<String, String> versions = new TreeMap<>();
        for (PlatformService service : PlatformService.values()) {
            Path pom = repositoryRoot.resolve(service.directory()).resolve("pom.xml");
            if (Files.exists(pom)) {
                versions.put(service.module(), version(pom));
            }
        }
        return versions;
    }

    private static String version(Path pom) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            Element project = document.getDocumentElement();
            String own = child(project, "version");
            return (own != null) ? own : child((Element) project.getElementsByTagName("parent").item(0), "version");
        }
        catch (Exception ex) {
            throw new IllegalStateException("Cannot read the version in " + pom, ex);
        }
    }

    /**
     * A direct child's text: {@code getElementsByTagName} would also find dependencies'
     * versions.
     */
    private static String child(Element element, String name) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().trim();
            }
        }
        return null;
    }

}
