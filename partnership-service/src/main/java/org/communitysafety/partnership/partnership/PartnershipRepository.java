package org.communitysafety.partnership.partnership;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads partnerships; writes go through the aggregate store so that each carries its
 * event.
 */
public interface PartnershipRepository extends MongoRepository<Partnership, String> {

    List<Partnership> findByReportsTo(String reportsTo);

}
