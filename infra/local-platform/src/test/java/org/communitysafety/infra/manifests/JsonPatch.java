package org.communitysafety.infra.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One JSON 6902 operation (add, replace, remove) on a resource. */
final class JsonPatch {

    private JsonPatch() {
    }

    @SuppressWarnings("unchecked")
    static void apply(Map<String, Object> resource, Map<String, Object> operation) {
        String op = (String) operation.get("op");
        List<String> path = new ArrayList<>(List.of(((String) operation.get("path")).substring(1).split("/")));
        String last = unescape(path.remove(path.size() - 1));
        Object parent = resource;
        for (String step : path) {
            parent = child(parent, unescape(step));
        }
        Object value = YamlTree.copy(operation.get("value"));
        if (parent instanceof Map<?, ?> map) {
            Map<String, Object> object = (Map<String, Object>) map;
            switch (op) {
                case "add", "replace" -> object.put(last, value);
                case "remove" -> {
                    require(object.containsKey(last), operation);
                    object.remove(last);
                }
                default -> throw new IllegalArgumentException("Unsupported operation " + operation);
            }
        }
        else if (parent instanceof List<?> items) {
            List<Object> list = (List<Object>) items;
            int index = "-".equals(last) ? list.size() : Integer.parseInt(last);
            switch (op) {
                case "add" -> list.add(index, value);
                case "replace" -> list.set(index, value);
                case "remove" -> list.remove(index);
                default -> throw new IllegalArgumentException("Unsupported operation " + operation);
            }
        }
        else {
            throw new IllegalArgumentException("No such path: " + operation);
        }
    }

    private static Object child(Object parent, String step) {
        if (parent instanceof Map<?, ?> map) {
            return map.get(step);
        }
        if (parent instanceof List<?> list) {
            return list.get(Integer.parseInt(step));
        }
        return null;
    }

    private static void require(boolean found, Map<String, Object> operation) {
        if (!found) {
            throw new IllegalArgumentException("Nothing to remove at " + operation);
        }
    }

    private static String unescape(String step) {
        return step.replace("~1", "/").replace("~0", "~");
    }

}
