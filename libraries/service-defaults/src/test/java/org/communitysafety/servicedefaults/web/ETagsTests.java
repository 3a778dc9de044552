package org.communitysafety.servicedefaults.web;

import org.communitysafety.servicedefaults.problem.PreconditionFailed;
import org.communitysafety.servicedefaults.problem.PreconditionRequired;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ETagsTests {

    @Test
    void acceptsTheCurrentVersionAloneOrInAList() {
        assertThatCode(() -> ETags.checkIfMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
    }

    @Test
    void refusesAStaleVersion() {
        assertThatThrownBy(() -> ETags.checkIfMatch("\"2\"", 3)).isInstanceOf(PreconditionFailed.class)
            .hasMessageContaining("\"3\"");
    }

    @Test
    void requiresIfMatch() {
        assertThatThrownBy(() -> ETags.checkIfMatch(null, 3)).isInstanceOf(PreconditionRequired.class)
            .hasMessageContaining("If-Match")
            .hasMessageContaining("\"3\"");
        assertThatThrownBy(() -> ETags.checkIfMatch("  ", 3)).isInstanceOf(PreconditionRequired.class);
    }

    @Test
    void comparesStronglySoAWeakValidatorNeverMatches() {
        assertThatThrownBy(() -> ETags.checkIfMatch("W/\"3\"", 3)).isInstanceOf(PreconditionFailed.class);
        assertThatThrownBy(() -> ETags.checkIfMatch("3", 3)).isInstanceOf(PreconditionFailed.class);
    }

    @Test
    void doesNotTakeAnyVersionAsHavingReadThisOne() {
        assertThatThrownBy(() -> ETags.checkIfMatch("*", 3)).isInstanceOf(PreconditionFailed.class);
    }

}
