package org.communitysafety.priority.joinedup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whether two actions look like the same work, from the words of their titles: the share
 * of their meaningful words (not "the", "and", ...) that they have in common (Jaccard
 * similarity). At {@value #ALIKE_PERCENT}% or more they look alike.
 *
 * @param shared the meaningful words both titles use
 * @param similarity the shared words as a share of all their meaningful words, 0 to 1
 */
public record Likeness(Set<String> shared, double similarity) {

    public static final int ALIKE_PERCENT = 50;

    private static final Set<String> LITTLE_WORDS = Set.of("a", "an", "and", "the", "of", "in", "on", "for", "to",
            "with", "by", "at", "from", "into", "our", "all", "new");

    public static Likeness of(String first, String second) {
        Set<String> a = words(first);
        Set<String> b = words(second);
        Set<String> shared = new TreeSet<>(a);
        shared.retainAll(b);
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return new Likeness(shared, all.isEmpty() ? 0 : (double) shared.size() / all.size());
    }

    public boolean alike() {
        return similarity * 100 >= ALIKE_PERCENT;
    }

    private static Set<String> words(String title) {
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
            .filter(word -> word.length() > 1 && !LITTLE_WORDS.contains(word))
            .map(Likeness::stem)
            .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A plural and its singular count as one word ("patrols", "patrol"). */
    private static String stem(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }

}
