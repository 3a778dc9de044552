package org.communitysafety.infra.manifests;

import java.util.List;
import java.util.Map;

/**
 * A kustomization's {@code images}: a new name and/or tag for every container using an
 * image.
 */
final class Images {

    private Images() {
    }

    static void set(List<Map<String, Object>> resources, Map<String, Object> image) {
        for (Map<String, Object> resource : resources) {
            for (Map<String, Object> container : Manifests.containers(resource)) {
                String current = (String) container.get("image");
                if (current != null && repository(current).equals(image.get("name"))) {
                    String name = (String) image.getOrDefault("newName", repository(current));
                    String tag = (image.get("newTag") != null) ? String.valueOf(image.get("newTag")) : tag(current);
                    container.put("image", (tag == null) ? name : name + ":" + tag);
                }
            }
        }
    }

    /** The image without its tag, e.g. {@code community-safety/gateway}. */
    static String repository(String image) {
        int colon = image.lastIndexOf(':');
        return (colon > image.lastIndexOf('/')) ? image.substring(0, colon) : image;
    }

    static String tag(String image) {
        int colon = image.lastIndexOf(':');
        return (colon > image.lastIndexOf('/')) ? image.substring(colon + 1) : null;
    }

}
