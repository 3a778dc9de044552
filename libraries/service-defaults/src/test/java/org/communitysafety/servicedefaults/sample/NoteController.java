package org.communitysafety.servicedefaults.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.communitysafety.servicedefaults.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads notes and lists ledgers the way a service's controllers do, to test how the
 * defaults read a request.
 */
@RestController
class NoteController {

    private final MongoTemplate mongo;

    NoteController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A note as a client may send it; the service sets its id and version. */
    record Note(String text, LocalDate due, Instant at, Integer priority, Boolean urgent, List<String> tags) {
    }

    @PostMapping("/api/v1/notes")
    Note read(@RequestBody Note note) {
        return note;
    }

    @GetMapping("/api/v1/notes")
    LocalDate asAt(@RequestParam LocalDate asAt) {
        return asAt;
    }

    @GetMapping("/api/v1/ledgers")
    PageResponse<String> ledgers(Pageable pageable) {
        Query query = new Query();
        List<String> page = mongo.find(Query.of(query).with(pageable), Ledger.class).stream().map(Ledger::id).toList();
        return PageResponse.of(PageableExecutionUtils.getPage(page, pageable, () -> mongo.count(query, Ledger.class)));
    }

}
