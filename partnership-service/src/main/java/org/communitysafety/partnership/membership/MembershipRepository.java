package org.communitysafety.partnership.membership;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads memberships; writes go through the aggregate store so that each carries its
 * event.
 */
public interface MembershipRepository extends MongoRepository<Membership, String> {

    List<Membership> findByPartnershipId(String partnershipId);

    List<Membership> findByOrganisationId(String organisationId);

    List<Membership> findByEmail(String email);

}
