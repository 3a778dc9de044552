package org.communitysafety.notification.member;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads the member replica; it is written only by {@link Members}, from events. */
public interface MemberRepository extends MongoRepository<Member, String> {

    List<Member> findByPartnershipId(String partnershipId);
}
