package org.communitysafety.priority.rag;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PriorityRagRepository extends MongoRepository<PriorityRag, String> {

}
