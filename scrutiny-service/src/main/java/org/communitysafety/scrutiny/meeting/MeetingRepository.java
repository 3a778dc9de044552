package org.communitysafety.scrutiny.meeting;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads meetings; writes go through the aggregate store with their events. */
public interface MeetingRepository extends MongoRepository<Meeting, String> {

    Page<Meeting> findByBodyId(String bodyId, Pageable pageable);

    List<Meeting> findByBodyIdOrderByStartsAt(String bodyId);

    List<Meeting> findAllByOrderByStartsAt();

}
