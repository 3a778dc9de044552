package org.communitysafety.priority.joinedup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikenessTests {

    @Test
    void titlesSharingMostOfTheirWordsLookAlikeWhateverTheirOrderAndPlurals() {
        Likeness likeness = Likeness.of("Night-time patrols in the town centre", "Town centre night time patrol");

        assertThat(likeness.shared()).containsExactly("centre", "night", "patrol", "time", "town");
        assertThat(likeness.similarity()).isEqualTo(1.0);
        assertThat(likeness.alike()).isTrue();
    }

    @Test
    void titlesSharingLessThanHalfTheirWordsDoNot() {
        Likeness likeness = Likeness.of("Town centre patrols", "Train licensing officers in town");

        assertThat(likeness.shared()).containsExactly("town");
        assertThat(likeness.alike()).isFalse();
        assertThat(Likeness.of("the and of", "").alike()).isFalse();
    }

}
