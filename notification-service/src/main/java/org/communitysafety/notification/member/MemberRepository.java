package org.communitysafety.notification.member;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads the member replica by membership id; it is written only by {@link Members}, from
 * events, and a group's members are asked of {@link Members#ofGroupOn}, which knows who
 * has left.
 */
public interface MemberRepository extends MongoRepository<Member, String> {

}
