package org.communitysafety.partnership.organisation;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads organisations; writes go through the aggregate store so that each carries its
 * event.
 */
public interface OrganisationRepository extends MongoRepository<Organisation, String> {

}
