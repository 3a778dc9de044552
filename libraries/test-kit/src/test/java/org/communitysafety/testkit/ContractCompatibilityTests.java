package org.communitysafety.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A released event schema against the one published now: compatible changes pass, each
 * kind of breaking change is reported, and raising the version allows it.
 */
class ContractCompatibilityTests {

    private static final String RELEASED = """
            {
              "type": "object",
              "required": ["membershipId", "role", "startDate"],
              "properties": {
                "membershipId": { "type": "string" },
                "role": { "type": "string", "maxLength": 200 },
                "roleOnGroup": { "enum": ["CHAIR", "MEMBER"] },
                "startDate": { "type": "string", "format": "date" },
                "address": { "type": "object", "properties": { "postcode": { "type": "string" } } }
              },
              "additionalProperties": true
            }
            """;

    @TempDir
    Path published;

    @TempDir
    Path released;

    @BeforeEach
    void releaseMemberAppointed() throws IOException {
        Files.writeString(released.resolve("member-appointed.v1.schema.json"), RELEASED);
    }

    private ContractCompatibility publishing(String file, String schema) throws IOException {
        Files.writeString(published.resolve(file), schema);
        return ContractCompatibility.between(published, released);
    }

    private ContractCompatibility publishingV1(String from, String to) throws IOException {
        assertThat(RELEASED).contains(from);
        return publishing("member-appointed.v1.schema.json", RELEASED.replace(from, to));
    }

    @Test
    void anUnchangedSchemaIsCompatible() throws IOException {
        assertThat(publishingV1("", "").breakingChanges()).isEmpty();
    }

    @Test
    void aNewOptionalFieldAndALooserLimitAreCompatible() throws IOException {
        assertThat(publishingV1("\"maxLength\": 200 },", "\"maxLength\": 400 }, \"endDate\": { \"type\": \"string\" },")
            .breakingChanges()).isEmpty();
    }

    @Test
    void aNewEnumValueIsCompatible() throws IOException {
        assertThat(publishingV1("[\"CHAIR\", \"MEMBER\"]", "[\"CHAIR\", \"MEMBER\", \"ADVISER\"]").breakingChanges())
            .isEmpty();
    }

    @Test
    void aRemovedFieldBreaksConsumers() throws IOException {
        String withoutMembershipId = RELEASED.replace("\"membershipId\", ", "")
            .replace("\"membershipId\": { \"type\": \"string\" },", "");

        assertThat(publishing("member-appointed.v1.schema.json", withoutMembershipId).breakingChanges())
            .containsExactly("member-appointed.v1: data.membershipId removed");
    }

    @Test
    void aFieldNoLongerRequiredBreaksConsumers() throws IOException {
        assertThat(publishingV1("[\"membershipId\", ", "[").breakingChanges())
            .containsExactly("member-appointed.v1: data.membershipId no longer required");
    }

    @Test
    void aRetypedFieldBreaksConsumers() throws IOException {
        assertThat(publishingV1("\"role\": { \"type\": \"string\"", "\"role\": { \"type\": [\"string\", \"null\"]")
            .breakingChanges())
            .containsExactly("member-appointed.v1: data.role retyped from [string] to [null, string]");
    }

    @Test
    void aChangedFormatBreaksConsumers() throws IOException {
        assertThat(publishingV1("\"format\": \"date\"", "\"format\": \"date-time\"").breakingChanges())
            .containsExactly("member-appointed.v1: data.startDate format changed from \"date\" to \"date-time\"");
    }

    @Test
    void aFieldMadeRequiredBreaksTheEventsAlreadyOnTheTopic() throws IOException {
        assertThat(
                publishingV1("\"role\", \"startDate\"]", "\"role\", \"startDate\", \"roleOnGroup\"]").breakingChanges())
            .containsExactly("member-appointed.v1: data.roleOnGroup made required");
    }

    @Test
    void aRemovedEnumValueBreaksTheEventsAlreadyOnTheTopic() throws IOException {
        assertThat(publishingV1("[\"CHAIR\", \"MEMBER\"]", "[\"MEMBER\"]").breakingChanges())
            .containsExactly("member-appointed.v1: data.roleOnGroup no longer allows \"CHAIR\"");
    }

    @Test
    void aChangeInsideANestedObjectIsFound() throws IOException {
        assertThat(publishingV1("\"postcode\": { \"type\": \"string\" }", "\"postcode\": { \"type\": \"integer\" }")
            .breakingChanges())
            .containsExactly("member-appointed.v1: data.address.postcode retyped from [string] to [integer]");
    }

    @Test
    void closingTheSchemaToUnnamedFieldsBreaksConsumers() throws IOException {
        assertThat(publishingV1("\"additionalProperties\": true", "\"additionalProperties\": false").breakingChanges())
            .containsExactly("member-appointed.v1: data no longer allows fields it does not name");
    }

    @Test
    void aBreakingChangeIsAllowedWhenTheVersionIsRaised() throws IOException {
        String withoutMembershipId = RELEASED.replace("\"membershipId\": { \"type\": \"string\" },", "");

        assertThat(publishing("member-appointed.v2.schema.json", withoutMembershipId).breakingChanges()).isEmpty();
    }

    @Test
    void aReleasedEventNoLongerPublishedAtAnyVersionBreaksConsumers() throws IOException {
        assertThat(publishing("member-stood-down.v1.schema.json", RELEASED).breakingChanges())
            .containsExactly("member-appointed.v1: no longer published, and no later version of it is");
    }

    @Test
    void withNothingReleasedTheCheckRefusesToPass() throws IOException {
        Files.delete(released.resolve("member-appointed.v1.schema.json"));

        assertThatIllegalStateException().isThrownBy(() -> publishingV1("", "").breakingChanges())
            .withMessageContaining("No released contracts");
    }

}
