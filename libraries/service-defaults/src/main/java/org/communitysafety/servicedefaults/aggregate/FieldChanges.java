package org.communitysafety.servicedefaults.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Notes which fields a change alters, so that its event can name them and a change of
 * nothing is no event.
 */
public final class FieldChanges {

    private final List<String> changed = new ArrayList<>();

    /** The proposed value if one is given, else the current one. */
    public <T> T take(String field, T current, T proposed) {
        return proposed == null ? current : set(field, current, proposed);
    }

    /** The proposed value, even none. */
    public <T> T set(String field, T current, T proposed) {
        if (!Objects.equals(current, proposed)) {
            changed.add(field);
        }
        return proposed;
    }

    public boolean isEmpty() {
        return changed.isEmpty();
    }

    public List<String> changed() {
        return List.copyOf(changed);
    }

}
