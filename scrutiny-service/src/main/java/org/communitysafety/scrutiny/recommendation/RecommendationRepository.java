package org.communitysafety.scrutiny.recommendation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads recommendations; writes go through the aggregate store with their events. */
public interface RecommendationRepository extends MongoRepository<Recommendation, String> {

    Page<Recommendation> findByBodyId(String bodyId, Pageable pageable);

    List<Recommendation> findAllByBodyId(String bodyId);

    /** Unanswered, due before the day and not yet found overdue. */
    List<Recommendation> findByResponseIsNullAndOverdueRaisedOnIsNullAndResponseDueBefore(LocalDate day);

}
