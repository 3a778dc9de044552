package org.communitysafety.partnership.partnership;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads partnerships; writes go through the aggregate store so that each carries its event. */
public interface PartnershipRepository extends MongoRepository<Partnership, String> {

    Page<Partnership> findByKind(PartnershipKind kind, Pageable pageable);
}
