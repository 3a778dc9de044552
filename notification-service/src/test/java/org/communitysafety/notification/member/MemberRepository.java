package org.communitysafety.notification.member;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Lets tests read the member replica by membership id; the service writes and reads it
 * only through {@link Members}, from events.
 */
public interface MemberRepository extends MongoRepository<Member, String> {

}
