package org.communitysafety.partnership.termsofreference;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads terms of reference; writes go through the aggregate store so that each carries
 * its event.
 */
public interface TermsOfReferenceRepository extends MongoRepository<TermsOfReference, String> {

}
