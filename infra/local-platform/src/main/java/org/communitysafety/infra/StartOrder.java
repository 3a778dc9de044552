package org.communitysafety.infra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups what is to be started into stages: each stage depends only on earlier ones, so
 * its members can start side by side. Dependencies outside the selection are taken as
 * already satisfied, which lets a test start the gateway and one service without the
 * rest. Stopping runs the stages backwards.
 */
final class StartOrder {

    private StartOrder() {
    }

    static <T> List<List<T>> stages(Collection<T> selected, Function<T, ? extends Collection<T>> dependencies) {
        Set<T> remaining = new LinkedHashSet<>(selected);
        List<List<T>> stages = new ArrayList<>();
        while (!remaining.isEmpty()) {
            List<T> stage = remaining.stream()
                .filter(item -> dependencies.apply(item).stream().noneMatch(remaining::contains))
                .toList();
            if (stage.isEmpty()) {
                throw new IllegalArgumentException("Circular dependencies among " + remaining);
            }
            stages.add(stage);
            stage.forEach(remaining::remove);
        }
        return stages;
    }

}
