package org.communitysafety.scrutiny.overlap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the bodies of the other kind are reviewing and where it overlaps a body's own
 * work; built from published work only, so every authenticated caller may read it.
 */
@RestController
class ComplementaryWorkController {

    private final ComplementaryWork work;

    ComplementaryWorkController(ComplementaryWork work) {
        this.work = work;
    }

    @GetMapping("/api/v1/committees/{body}/complementary-work")
    ComplementaryWorkResponse of(@PathVariable String body) {
        return work.of(body);
    }

}
