package org.communitysafety.scrutiny.body;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads scrutiny bodies; writes go through the aggregate store with their events. */
public interface ScrutinyBodyRepository extends MongoRepository<ScrutinyBody, String> {

}
