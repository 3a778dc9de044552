package org.communitysafety.partnership.person;

import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes an erased person's details out of the recorded history of their memberships,
 * keeping what was done, when and by whom. The published history is this service's own
 * {@code event_history} collection.
 */
@Component
class HistoryRedaction {

    /** The fields of membership events that say who the person is. */
    private static final List<String> PERSONAL = List.of("name", "role", "email");

    private final MongoTemplate mongo;

    private final JsonMapper json;

    HistoryRedaction(MongoTemplate mongo, JsonMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    void redact(String collection, List<String> ids) {
        MongoCollection<Document> history = mongo.getCollection(ChangeHistory.HISTORY);
        for (String id : ids) {
            for (Document entry : history.find(Filters.eq("subject", collection + "/" + id))) {
                JsonNode event = json.readTree(entry.getString("cloudEvent"));
                if (event.get("data") instanceof ObjectNode data) {
                    PERSONAL.stream().filter(data::has).forEach(data::putNull);
                    history.updateOne(Filters.eq("_id", entry.get("_id")),
                            Updates.set("cloudEvent", json.writeValueAsString(event)));
                }
            }
        }
    }

}
